const a = []; for (let i = 0; i < 1000; i++) a.push((i * 7919) % 1000);
a.sort((x, y) => x - y);
let ok = true; for (let i = 0; i < 1000; i++) if (a[i] !== i) ok = false;
println(ok, a.length);
const s = []; for (let i = 0; i < 200; i++) s.push('k' + ((i * 31) % 200));
s.sort(); println(s[0], s[1], s[2], s[199]);
