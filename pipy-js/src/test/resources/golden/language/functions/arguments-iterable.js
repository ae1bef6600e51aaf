function f() { return [...arguments].join('+'); }
println(f(1, 2, 3));
