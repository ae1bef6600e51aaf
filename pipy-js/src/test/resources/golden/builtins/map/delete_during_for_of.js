var m = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]);
var seen = [];
for (var [k] of m) {
  seen.push(k);
  m.delete(k + 1);
}
println(seen.join(','), m.size);
