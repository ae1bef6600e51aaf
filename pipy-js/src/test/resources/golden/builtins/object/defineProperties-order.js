const o = {}; const log = [];
Object.defineProperties(o, { b: {get() { log.push('b'); return 1; }, enumerable: true}, a: {value: 2, enumerable: true} });
println(JSON.stringify(Object.keys(o)), o.b, log.join());
