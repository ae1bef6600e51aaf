const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
println(2 instanceof Even, 3 instanceof Even);
