const arrs = [[1, 2, 3], [4, 5], 'str'];
function first(a) { return a[0]; }
println(arrs.map(first).join());
