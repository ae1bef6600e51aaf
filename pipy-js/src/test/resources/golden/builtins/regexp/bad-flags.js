for (var f of ["gg", "x", "G", "gimsuyd ", "ii", "-"]) {
  try { new RegExp("a", f); println("ok", f); } catch (e) { println(e.name); }
}
try { RegExp("a", { toString() { return "mm"; } }); } catch (e) { println(e.name); }
println(new RegExp("a", { toString() { return "im"; } }).flags);
