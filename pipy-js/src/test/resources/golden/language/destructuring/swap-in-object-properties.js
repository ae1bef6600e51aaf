const o = { a: 1, b: 2 };
[o.a, o.b] = [o.b, o.a];
println(o.a, o.b);
