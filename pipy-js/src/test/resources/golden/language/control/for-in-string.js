const ks = [];
for (const k in 'ab') ks.push(k);
println(ks.join());
