const log = [];
const it = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 1, done: false }; },
      return() { log.push('closed'); return {}; },
    };
  },
};
try { for (const v of it) throw new Error('x'); } catch (e) { log.push('caught ' + e.message); }
println(log.join());
