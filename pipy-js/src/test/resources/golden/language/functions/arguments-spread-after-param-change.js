function f(a, b) { a = 10; return Math.max(...arguments); }
println(f(1, 2));
