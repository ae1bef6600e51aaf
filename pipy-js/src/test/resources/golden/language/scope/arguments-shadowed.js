function f() { let arguments = 'x'; return arguments; }
println(f(1));
