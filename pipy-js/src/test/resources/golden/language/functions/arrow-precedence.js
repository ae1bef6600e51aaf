const f = x => x ? 1 : 2;
println(f(true), f(false));
const g = a => b => a + b;
println(g(1)(2));
