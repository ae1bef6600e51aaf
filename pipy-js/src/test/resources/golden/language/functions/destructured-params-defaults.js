function f({ a = 1, b = 2 } = {}) { return a + b; }
println(f(), f({ a: 10 }), f({ b: 0 }));
