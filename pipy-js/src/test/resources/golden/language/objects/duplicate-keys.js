const o = { a: 1, b: 2, a: 3 };
println(JSON.stringify(o));
