a: b: for (let i = 0; i < 3; i++) { if (i === 1) continue a; if (i === 2) break b; println(i); }
