let a, b;
({ a, b = 5 } = { a: 1 });
println(a, b);
