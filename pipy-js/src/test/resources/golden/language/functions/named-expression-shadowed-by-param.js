const f = function g(g) { return g; };
println(f(5));
