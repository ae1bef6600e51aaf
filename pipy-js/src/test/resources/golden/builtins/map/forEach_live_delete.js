var m = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.delete(1); }
  if (k === 3) m.set(2, 'again');
});
println(seen.join(','));
