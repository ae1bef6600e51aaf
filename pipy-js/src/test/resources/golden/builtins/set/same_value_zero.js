var s = new Set([NaN, 0 / 0, 0, -0, +0]);
println(s.size, s.has(NaN), s.has(-0), s.has(0));
var first = [...s][1];
println(Object.is(first, 0), Object.is(first, -0));
s.add(-0);
println(s.size);
var t = new Set(); t.add(-0);
println(Object.is([...t][0], 0));
