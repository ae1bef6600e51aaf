let x = 'global';
const fs = [];
{ let x = 'block'; fs.push(() => x); { let x = 'inner'; fs.push(() => x); } }
fs.push(() => x);
println(fs.map(f => f()).join());
