println(JSON.stringify({a: 1, b: 2, c: {d: 3}}, (k, v) => typeof v === 'number' ? v + 100 : v));
println(JSON.stringify({a: 1, b: 'x'}, (k, v) => k === 'b' ? undefined : v), JSON.stringify([1, 'x'], (k, v) => k === '1' ? undefined : v));
const keys = []; JSON.stringify({a: [10, {b: 1}]}, function (k, v) { keys.push(JSON.stringify(k) + (this === undefined ? '' : ':' + Array.isArray(this))); return v; }); println(keys.join(' '));
println(JSON.stringify(5, (k, v) => v * 2), JSON.stringify({a: 1}, (k, v) => k === '' ? [v.a, 'root'] : v), JSON.stringify({a: 1}, () => undefined));
println(JSON.stringify({a: new Number(1)}, (k, v) => v instanceof Number ? 'wrapped' : v));
