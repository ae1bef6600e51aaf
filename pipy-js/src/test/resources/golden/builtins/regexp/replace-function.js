var calls = [];
var r = "x1y22z".replace(/(\d)(\d)?/g, function (m, p1, p2, off, str) {
  calls.push(JSON.stringify([...arguments]));
  return "<" + m + ">";
});
println(r); println(calls.join("\n"));
calls = [];
"a-b".replace(/(?<l>\w)-(?<r>\w)/, function () { calls.push(arguments.length, JSON.stringify(arguments[arguments.length - 1])); return ""; });
println(calls.join(" "));
println("abc".replace(/b/, () => ({ toString() { return "T"; } })), "abc".replace(/b/, () => null), "abc".replace(/b/, () => 1.5));
println("abc".replace(/b/g, function () { return typeof this; }));
try { "abc".replace(/b/, () => { throw new RangeError("boom"); }); } catch (e) { println(e.name, e.message); }
var count = 0;
println("aaa".replace(/a/g, () => { count++; return count; }), count);
