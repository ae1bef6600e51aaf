function f(a, b) { return b; }
println(f(1));
