const log = [];
const it = { [Symbol.iterator]() { let n = 0; return { next() { return { value: n++, done: false }; }, return() { log.push('ret'); return {}; } }; } };
const [a, b] = it;
println(a, b, log.join());
