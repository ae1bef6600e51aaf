let a = 1;
let b = a
++
a;
println(a, b);
