const arr = [[1, 2], [3, 4]];
const x = arr
[1];
println(JSON.stringify(x));
