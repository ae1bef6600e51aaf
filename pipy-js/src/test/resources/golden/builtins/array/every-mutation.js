const a = [1, 2, 3]; let seen = []; a.every((v, i) => { seen.push(v); if (i === 0) a[2] = 30; return true; }); println(seen.join());
const b = [1, 2, 3]; seen = []; b.every((v, i) => { seen.push(v); if (i === 0) delete b[1]; return true; }); println(seen.join());
