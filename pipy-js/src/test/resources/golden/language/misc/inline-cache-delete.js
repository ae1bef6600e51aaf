const o = { a: 1, b: 2 };
function rb(x) { return x.b; }
println(rb(o), rb(o));
delete o.b;
println(rb(o));
o.b = 3;
println(rb(o));
