const log = [];
const src = { get a() { log.push('get a'); return 1; }, get b() { log.push('get b'); return 2; } };
const { b, a } = src;
println(log.join(), a, b);
