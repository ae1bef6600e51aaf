var ws = new WeakSet();
var a = {}, b = [];
println(ws.add(a) === ws);
ws.add(a).add(b);
println(ws.has(a), ws.has(b), ws.has({}), ws.has(1));
println(ws.delete(a), ws.delete(a), ws.has(a), ws.delete(1));
