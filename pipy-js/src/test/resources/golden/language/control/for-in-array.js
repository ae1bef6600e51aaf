const ks = [];
for (const k in ['x', 'y']) ks.push(typeof k + k);
println(ks.join());
