const k = 'b';
const { [k]: bv, ...rest } = { a: 1, b: 2 };
println(bv, JSON.stringify(rest));
