const log = [];
function f() {
  try { try { return 'inner'; } finally { log.push('f1'); } } finally { log.push('f2'); }
}
println(f(), log.join());
