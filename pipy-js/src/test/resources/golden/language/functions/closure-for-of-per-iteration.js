const fs = [];
for (const x of ['a', 'b']) fs.push(() => x);
for (let k in { p: 1, q: 2 }) fs.push(() => k);
println(fs.map(f => f()).join());
