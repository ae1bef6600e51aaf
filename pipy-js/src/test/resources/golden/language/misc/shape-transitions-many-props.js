const objs = [];
for (let i = 0; i < 3; i++) { const o = {}; o.a = i; o.b = i * 2; if (i === 1) o.c = 'c'; objs.push(o); }
println(objs.map(o => o.a + o.b + (o.c || '')).join());
