const a = 10, g = 2, i = 1;
println(a / 2 / 5, a /g/i);
const b = [4]; println(b[0] / 2);
