var s = "the cat sat on the mat";
println(s.replace("at", "og"), s.replace("xyz", "!"), s.replace("", "^"));
println("aaa".replace("a", "b"), "a.b.c".replace(".", "-"));
println("abc".replace("b", "$&$&"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']"), "abc".replace("b", "$$"));
println("abc".replace("b", "$1"), "abc".replace("b", "$0"), "abc".replace("b", "$<x>"), "abc".replace("b", "$"));
println("abc".replace("b", (m, off, str) => m.toUpperCase() + off + str));
println("abc".replace("b", () => undefined), "abc".replace("b", null), "abc".replace("b"));
println("undefined".replace(undefined, "U"), "12345".replace(3, 9));
try { String.prototype.replace.call(null, "a", "b"); } catch (e) { println(e.name); }
