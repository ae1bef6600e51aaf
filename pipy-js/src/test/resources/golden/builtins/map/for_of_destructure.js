var m = new Map([['x', 10], ['y', 20]]);
for (var [k, v] of m) println(k, v);
var total = 0;
for (var v of m.values()) total += v;
println(total);
println(Array.from(m.keys()).join('|'));
