const o = { a: [1, 'two', true, null], b: { c: 1.5 } };
println(JSON.stringify(JSON.parse(JSON.stringify(o))) === JSON.stringify(o));
