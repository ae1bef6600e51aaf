const o = { a: { b: { c: [1, { d: 2 }] } } };
println(o.a.b.c[1].d, JSON.stringify(o));
