const { a, ...others } = { a: 1, b: 2, c: 3 };
println(a, JSON.stringify(others));
