const log = [];
const o = { get p() { log.push('get'); return 1; }, set p(v) { log.push('set' + v); } };
const k = () => { log.push('key'); return 'p'; };
o[k()] += (log.push('rhs'), 2);
println(log.join(','));
