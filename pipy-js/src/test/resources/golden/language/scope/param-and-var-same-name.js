function f(a) { var a; return a; }
println(f(3));
