const o = {};
for (o.key in { a: 1, b: 2 });
println(o.key);
