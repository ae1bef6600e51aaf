const o = { a: 1, b: 2 };
println(delete o.a, JSON.stringify(o), delete o.zz, delete o['b'], JSON.stringify(o));
