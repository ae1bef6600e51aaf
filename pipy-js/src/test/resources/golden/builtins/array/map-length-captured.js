const a = [1, 2, 3]; const r = a.map((v, i) => { a.push(v); return v * i; }); println(JSON.stringify(r), a.length);
