const log = [];
const target = { set x(v) { log.push('set ' + v); } };
Object.assign(target, {x: 1}, {x: 2});
println(log.join());
const frozen = Object.freeze({a: 1});
try { Object.assign(frozen, {a: 2}); } catch (e) { println(e.name); }
try { Object.assign(frozen, {b: 2}); } catch (e) { println(e.name); }
println(JSON.stringify(Object.assign(frozen, {})));
