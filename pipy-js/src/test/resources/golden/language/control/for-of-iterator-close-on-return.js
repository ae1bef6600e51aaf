const log = [];
function make() {
  return { [Symbol.iterator]() { return { next() { return { value: 'v', done: false }; }, return() { log.push('ret'); return {}; } }; } };
}
function f() { for (const v of make()) return v; }
println(f(), log.join());
