const a = [1, 2]; let n = 0; a.forEach(() => { n++; a.push(0); }); println(n, a.length);
