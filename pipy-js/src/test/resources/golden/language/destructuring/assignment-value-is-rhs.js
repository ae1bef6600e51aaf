let a, b;
const r = [a, b] = [1, 2, 3];
println(r.length);
