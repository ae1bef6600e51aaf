function f(n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); }
println(f(5));
