println(Object.prototype.toString.call(new Map()));
println(String(new Map()));
println(Map.prototype[Symbol.toStringTag]);
println(JSON.stringify(new Map([[1, 2]])));
