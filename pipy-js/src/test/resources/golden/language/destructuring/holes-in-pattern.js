const [, , third] = [1, 2, 3];
println(third);
