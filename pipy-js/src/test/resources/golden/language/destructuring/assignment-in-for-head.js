let a, b;
for ([a, b] = [1, 2]; a < 3; a++);
println(a, b);
