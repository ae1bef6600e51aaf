const o = { b: 1, a: 2, 1: 3, 0: 4 };
const ks = [];
for (const k in o) ks.push(k);
println(ks.join());
