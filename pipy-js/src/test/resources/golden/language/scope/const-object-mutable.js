const o = { a: 1 };
o.a = 2;
println(o.a);
