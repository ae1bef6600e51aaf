const fs = [];
for (const x of [1, 2, 3]) { const y = x * 10; fs.push(() => y); }
println(fs.map(f => f()).join());
