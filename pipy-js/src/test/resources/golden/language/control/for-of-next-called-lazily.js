const log = [];
const it = { [Symbol.iterator]() { let i = 0; return { next() { log.push('next' + i); return { value: i, done: i++ > 1 }; } }; } };
for (const v of it) log.push('body' + v);
println(log.join());
