const log = [];
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { log.push('next'); return { value: i++, done: false }; },
      return() { log.push('return'); return {}; },
    };
  },
};
for (const v of it) { if (v === 1) break; }
println(log.join());
