const fs = [];
for (let i = 0; i < 6; i++) { fs.push(() => i); i++; }
println(fs.map(f => f()).join());
