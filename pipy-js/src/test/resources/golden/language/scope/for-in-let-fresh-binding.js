const fs = [];
for (let k in { a: 1, b: 2 }) fs.push(() => k);
println(fs.map(f => f()).join());
