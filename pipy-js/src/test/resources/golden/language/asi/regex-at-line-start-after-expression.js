let a = 4, g = 2, b = 1;
let r = a
/g/b;
println(r);
