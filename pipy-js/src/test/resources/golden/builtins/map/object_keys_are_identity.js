var m = new Map();
var k1 = { id: 1 }, k2 = { id: 1 };
m.set(k1, 'one');
println(m.get(k1), m.get(k2), m.has(k2));
m.set(k2, 'two');
println(m.size, m.get(k1), m.get(k2));
