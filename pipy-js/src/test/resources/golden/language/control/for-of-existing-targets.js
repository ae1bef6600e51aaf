let x;
const o = {};
for (x of [1, 2]);
for (o.p of ['a', 'b']);
for ([x] of [[9]]);
println(x, o.p);
