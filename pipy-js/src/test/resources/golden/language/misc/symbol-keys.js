const s = Symbol('k');
const o = { [s]: 1, regular: 2 };
println(o[s], Object.keys(o).length, typeof s, s.toString(), s.description);
