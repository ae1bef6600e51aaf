function f() { if (true) { var v = 1; } return v; }
println(f());
