let x = 'outer';
function f(a = x) { let x = 'inner'; return a; }
println(f());
