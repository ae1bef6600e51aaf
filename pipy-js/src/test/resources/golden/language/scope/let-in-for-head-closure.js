const fs = [];
for (let i = 0, j = 10; i < 2; i++, j--) fs.push(() => i + j);
println(fs.map(f => f()).join());
