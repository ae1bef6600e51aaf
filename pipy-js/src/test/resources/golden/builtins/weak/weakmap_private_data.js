var priv = new WeakMap();
function Person(name) { priv.set(this, { name: name }); }
Person.prototype.getName = function () { return priv.get(this).name; };
var p = new Person('Ann'), q = new Person('Bob');
println(p.getName(), q.getName(), Object.keys(p).length);
