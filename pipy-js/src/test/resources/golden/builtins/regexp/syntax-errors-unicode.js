var bad = ["\\a", "\\-", "{", "}", "]", "a{", "a{1", "\\u{110000}", "\\u{}", "\\uZZZZ", "\\xZ", "\\c", "\\c1", "\\2", "\\01",
  "[\\d-z]", "[a-\\w]", "\\k", "\\p{Foo}", "\\p{L", "\\pL", "(?=a)*", "\\q", "[\\q]", "[\\1]"];
for (var p of bad) {
  try { new RegExp(p, "u"); println("accepted", p); } catch (e) { println(e.name, p); }
}
var good = ["\\u{1F600}", "\\u{0}", "\\-", "[\\-]", "\\/", "\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|", "\\p{L}", "\\P{Lu}",
  "\\p{Script=Greek}", "\\p{sc=Latn}", "\\p{General_Category=Decimal_Number}", "[\\p{L}\\d]", "\\0", "(?<$x_1>a)\\k<$x_1>"];
for (var p of good) {
  try { new RegExp(p, "u"); println("ok", p); } catch (e) { println(e.name, e.message, p); }
}
