const f = function g() { g = 1; return typeof g; };
println(f());
