println(JSON.stringify(JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', (k, v) => typeof v === 'number' ? v * 10 : v)));
const order = []; JSON.parse('{"a":{"b":1},"c":[1,2]}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; }); println(order.join(','));
println(JSON.stringify(JSON.parse('{"a":1,"b":2}', (k, v) => k === 'a' ? undefined : v)), JSON.stringify(JSON.parse('[1,2,3]', (k, v) => k === '1' ? undefined : v)));
println(JSON.parse('5', function (k, v) { return this[''] === v && k === '' ? 'root' : v; }));
println(JSON.stringify(JSON.parse('{"d":"2020"}', function (k, v) { if (k === 'd') this.extra = 1; return v; })));
println(JSON.parse('[1]', 'not a function')[0], JSON.stringify(JSON.parse('{"x":{"y":1}}', (k, v) => k === 'x' ? [v.y] : v)));
