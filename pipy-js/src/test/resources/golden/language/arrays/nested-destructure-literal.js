const [[a, b], [c]] = [[1, 2], [3]];
println(a + b + c);
