var s = new Set([1, 2, 3]);
var out = [];
for (var v of s) {
  out.push(v);
  if (v === 1) { s.delete(1); s.add(1); }
  if (out.length > 10) break;
}
println(out.join(','));
