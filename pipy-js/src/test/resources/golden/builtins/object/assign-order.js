const log = []; const t = {set a(v) { log.push('a' + v); }, set b(v) { log.push('b' + v); }};
Object.assign(t, {b: 1, a: 2}); println(log.join());
