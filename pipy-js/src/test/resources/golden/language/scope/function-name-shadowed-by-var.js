function f() { var f = 1; return f; }
println(f());
