function f(a, g = () => a) { a = 2; return g(); }
println(f(1));
