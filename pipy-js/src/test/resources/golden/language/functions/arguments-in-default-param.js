function f(a, b = arguments.length) { return b; }
println(f(1), f(1, 2, 3));
