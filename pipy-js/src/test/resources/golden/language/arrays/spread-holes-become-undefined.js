const a = [1, , 3];
const b = [...a];
println(1 in b, b.length);
