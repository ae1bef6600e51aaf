const fs = [];
for (const v of [1, 2]) { try { throw v * 10; } catch (e) { fs.push(() => e); } }
println(fs.map(f => f()).join());
