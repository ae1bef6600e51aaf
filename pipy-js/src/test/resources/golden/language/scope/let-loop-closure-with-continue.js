const fs = [];
for (let i = 0; i < 4; i++) { if (i % 2) continue; fs.push(() => i); }
println(fs.map(f => f()).join());
