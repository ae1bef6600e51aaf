var a = {}, b = {};
var ws = new WeakSet([a, b, a]);
println(ws.has(a), ws.has(b));
println(Object.prototype.toString.call(ws), typeof ws.size);
println(Object.getOwnPropertyNames(WeakSet.prototype).sort().join(','));
WeakSet();
