let a = 1;
function f() { let a = 2; { let a = 3; return a; } }
println(f(), a);
