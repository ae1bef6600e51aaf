function f(a, b, c) { return [a, b, c].join(); }
const args = [1, 2];
println(f(...args, 3), f(...'xy'), f(0, ...[], ...[5]), Math.max(...[1, 9, 3]));
