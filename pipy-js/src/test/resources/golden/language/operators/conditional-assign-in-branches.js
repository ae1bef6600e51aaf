let a, b;
true ? a = 1 : b = 2;
println(a, b);
