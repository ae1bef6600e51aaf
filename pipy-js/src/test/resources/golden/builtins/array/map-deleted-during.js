const a = [1, 2, 3]; const r = a.map((v, i) => { if (i === 0) delete a[2]; return v; }); println(r.length, 2 in r, JSON.stringify(r));
