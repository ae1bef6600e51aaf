var k;
for (k in { x: 1 });
println(k);
