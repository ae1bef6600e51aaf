const fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); };
println(fact(5), typeof me);
