println(Array.isArray([]), Array.isArray({length: 0}), Array.isArray('abc'), Array.isArray(), Array.isArray(null));
println(Array.isArray(new Array()), Array.isArray(Object.create(Array.prototype)));
class MyArr extends Array {}
println(Array.isArray(new MyArr()));
