const a = [1, 2];
const seen = [];
for (const v of a) { seen.push(v); if (a.length < 4) a.push(v * 10); }
println(seen.join());
