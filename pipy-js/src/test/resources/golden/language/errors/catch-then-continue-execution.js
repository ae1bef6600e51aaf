let n = 0;
for (let i = 0; i < 3; i++) { try { if (i === 1) throw 'x'; n++; } catch { n += 10; } }
println(n);
