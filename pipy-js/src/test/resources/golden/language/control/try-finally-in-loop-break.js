const log = [];
for (let i = 0; i < 3; i++) { try { if (i === 1) break; log.push(i); } finally { log.push('f' + i); } }
println(log.join());
