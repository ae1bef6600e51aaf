var m = new Map([[1, 1]]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k);
  if (k < 5) m.set(k + 1, k + 1);
});
println(seen.join(','), m.size);
