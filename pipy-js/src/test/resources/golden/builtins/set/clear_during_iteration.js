var s = new Set([1, 2, 3]);
var out = [];
for (var v of s) {
  out.push(v);
  if (v === 1) { s.clear(); s.add(9); }
}
println(out.join(','), s.size);
