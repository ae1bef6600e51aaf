var re = /\s*(?:(?<num>\d+(?:\.\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>[-+*\/()=]))/y;
function tokenize(src) {
  var tokens = [];
  re.lastIndex = 0;
  var m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    var g = m.groups;
    tokens.push(g.num !== undefined ? "N:" + g.num : g.id !== undefined ? "I:" + g.id : "O:" + g.op);
  }
  return tokens.join(" ") + " @" + re.lastIndex;
}
println(tokenize("x = 3.14 * (y + 42)"));
println(tokenize("a + $"));
