const a = 1, b = 'x';
const o = { a, b };
println(JSON.stringify(o));
