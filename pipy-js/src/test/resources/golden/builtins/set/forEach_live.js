var s = new Set([1]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v < 4) s.add(v + 1);
  if (v === 2) s.delete(1);
});
println(seen.join(','), [...s].join(','));
