function f(a, b = 2) { a = 'changed'; return arguments[0]; }
println(f('orig'));
