const [p, q] = 'hi';
const [m, ...n] = 'abc';
println(p, q, m, JSON.stringify(n));
