function f(a, a) { return a; }
println(f(1, 2));
