const \u{61}bc = 1;
var \u0078 = 2;
println(abc + x);
