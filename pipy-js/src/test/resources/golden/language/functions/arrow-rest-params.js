const f = (...xs) => xs.length;
const g = (a, ...xs) => JSON.stringify(xs);
println(f(), f(1, 2, 3), g(1, 2, 3));
