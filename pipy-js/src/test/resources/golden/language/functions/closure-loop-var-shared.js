const fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
println(fs.map(f => f()).join());
