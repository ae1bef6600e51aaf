const [, second, , ...rest] = [1, 2, 3, 4, 5];
println(second, JSON.stringify(rest));
