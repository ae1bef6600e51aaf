let r = '';
for (const x of [1, 2, 3]) { try { if (x === 2) throw x; r += x; } catch (e) { break; } }
println(r);
