var s = new Set([1, 2, 3, 4]);
var seen = [];
s.forEach(function (v) { seen.push(v); s.delete(v + 1); });
println(seen.join(','));
