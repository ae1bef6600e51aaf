const o = { x: 1 };
for (var r = ('x' in o); false;);
println(r);
