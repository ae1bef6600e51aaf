const a = [1, 2]; const seen = []; a.find(v => { seen.push(v); if (v === 1) a.push(3); return false; }); println(seen.join());
const b = [1, 2, 3]; const s2 = []; b.find((v, i) => { s2.push(String(v)); if (i === 0) b.pop(); return false; }); println(s2.join());
