const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
println(fs.map(f => f()).join());
