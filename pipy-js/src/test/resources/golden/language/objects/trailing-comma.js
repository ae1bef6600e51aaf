const o = { a: 1, b: 2, };
const a = [1, 2, ];
println(Object.keys(o).length, a.length);
