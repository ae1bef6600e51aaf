let a = 1, b = 1;
a
++b
println(a, b);
