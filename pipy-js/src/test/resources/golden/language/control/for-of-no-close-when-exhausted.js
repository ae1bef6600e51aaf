const log = [];
const it = { [Symbol.iterator]() { let n = 0; return { next() { return { value: n, done: n++ >= 2 }; }, return() { log.push('ret'); return {}; } }; } };
for (const v of it) log.push(v);
println(log.join());
