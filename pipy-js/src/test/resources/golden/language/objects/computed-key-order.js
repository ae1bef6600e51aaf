const log = [];
const o = { [(log.push('k1'), 'a')]: (log.push('v1'), 1), [(log.push('k2'), 'b')]: (log.push('v2'), 2) };
println(log.join(','));
