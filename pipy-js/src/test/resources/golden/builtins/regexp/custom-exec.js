var re = /./g;
var calls = 0;
re.exec = function (s) { calls++; return calls <= 2 ? { 0: "x", index: calls, length: 1 } : null; };
println(re.test("abc"), calls);
println(JSON.stringify("abc".match(re)), calls);
calls = 0;
println("abcdef".replace(re, "_"), calls);
var bad = /a/;
bad.exec = () => 42;
try { bad.test("a"); } catch (e) { println(e.name); }
var nonFn = /a/;
nonFn.exec = 5;
println(nonFn.test("a"), JSON.stringify("a".match(nonFn)));
try { RegExp.prototype.test.call({ exec: 1 }, "a"); } catch (e) { println(e.name); }
println(RegExp.prototype.test.call({ exec: () => ({}) }, "a"), RegExp.prototype.test.call({ exec: () => null }, "a"));
var fake = { exec(s) { return { 0: "B", 1: "1", index: 1, length: 2, groups: { g: "G" } }; }, flags: "", lastIndex: 0 };
println(RegExp.prototype[Symbol.replace].call(fake, "abc", "[$1|$<g>|$&]"));
println(RegExp.prototype[Symbol.replace].call(fake, "abc", (...a) => JSON.stringify(a)));
