let a;
println(a = 5, (a += 1), (a **= 2), a);
