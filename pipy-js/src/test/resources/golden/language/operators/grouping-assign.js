let a, b;
a = b = 3;
println(a, b);
let c = (a = 4) + 1;
println(a, c);
