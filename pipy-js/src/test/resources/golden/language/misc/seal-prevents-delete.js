const o = Object.seal({ a: 1 });
delete o.a;
o.a = 2;
println(o.a);
