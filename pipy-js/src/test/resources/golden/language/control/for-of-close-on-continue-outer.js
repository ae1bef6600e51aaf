const log = [];
const it = () => ({ [Symbol.iterator]() { let n = 0; return { next() { return { value: n++, done: false }; }, return() { log.push('ret'); return {}; } }; } });
outer: for (let i = 0; i < 2; i++) {
  for (const v of it()) { if (v > 0) continue outer; }
}
println(log.join());
