var m = new Map([[1, 1], [2, 2], [3, 3]]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k);
  if (k === 1) { m.clear(); m.set('x', 0); m.set('y', 0); }
});
println(seen.join(','), m.size);
