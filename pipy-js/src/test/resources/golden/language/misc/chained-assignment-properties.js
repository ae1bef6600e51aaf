const o = {};
o.a = o.b = o.c = 5;
println(o.a + o.b + o.c);
