function f(a) { delete arguments[0]; arguments[0] = 'new'; return a; }
println(f('kept'));
