const fs = [];
let i = 0;
while (i < 3) { let j = i; fs.push(() => j); i++; }
println(fs.map(f => f()).join());
