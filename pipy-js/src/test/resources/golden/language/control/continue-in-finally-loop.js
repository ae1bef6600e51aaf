let n = 0;
for (let i = 0; i < 3; i++) { try { if (i === 1) continue; n += 10; } finally { n++; } }
println(n);
