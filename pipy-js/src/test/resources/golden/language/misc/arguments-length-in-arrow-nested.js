function f() { return (() => (() => arguments.length)())(); }
println(f(1, 2, 3));
