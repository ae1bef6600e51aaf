const log = [];
function f() {
  try { log.push('try'); throw 1; }
  catch (e) { log.push('catch'); return 'c'; }
  finally { log.push('finally'); }
}
println(f(), log.join());
