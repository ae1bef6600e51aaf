function f(a) { return a; }
println(f(1, 2, 3));
