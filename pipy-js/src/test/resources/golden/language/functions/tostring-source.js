function f(a, b) { return a + b; }
println(String(f));
println(String((x) => x * 2));
