const a = [1, 2, 3]; const seen = [];
for (const v of a) { seen.push(v); if (v === 1) a.push(4); if (v === 2) a.shift(); }
println(seen.join(), a.join());
