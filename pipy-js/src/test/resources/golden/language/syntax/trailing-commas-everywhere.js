function f(a, b,) { return a + b; }
const g = (a, b,) => a * b;
println(f(1, 2,), g(2, 3,), [1, 2,].length, JSON.stringify({ a: 1, }));
