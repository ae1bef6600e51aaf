let x = 'outer';
{ let x = 'inner'; println(x); }
println(x);
