let a = 'outer';
function f(a) { return a; }
println(f('param'), a);
