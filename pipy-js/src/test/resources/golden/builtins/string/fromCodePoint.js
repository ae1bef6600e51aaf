println(String.fromCodePoint(42), String.fromCodePoint(65, 90), String.fromCodePoint(0x1f600).length, String.fromCodePoint());
println(String.fromCodePoint(0x10ffff).codePointAt(0), String.fromCodePoint("65"), String.fromCodePoint(-0));
for (var bad of [-1, 0x110000, 3.5, NaN, Infinity, "x", undefined]) {
  try { String.fromCodePoint(bad); println("no error"); } catch (e) { println(e.name); }
}
println(String.fromCodePoint.length);
