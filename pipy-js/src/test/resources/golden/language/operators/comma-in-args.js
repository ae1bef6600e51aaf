function f(a, b) { return a + ':' + b; }
println(f((1, 2), 3));
