const log = [];
const a = { valueOf() { log.push('a'); return 1; } };
const b = { valueOf() { log.push('b'); return 2; } };
println(a < b, a > b, log.join(''));
