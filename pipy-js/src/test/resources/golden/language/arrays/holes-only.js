const a = [, , ,];
println(a.length, 0 in a);
