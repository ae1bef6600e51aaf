const a = ['x'];
println(0 in a, '0' in a, 'x' in a);
