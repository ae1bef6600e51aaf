const [a, b, c] = [1, 2];
println(a, b, c);
