var s = "Hello, world";
println(s.endsWith("world"), s.endsWith("World"), s.endsWith(""), s.endsWith("Hello", 5));
println(s.endsWith("Hello", 4), s.endsWith("o", 5), s.endsWith("d", 100), s.endsWith("H", -5), s.endsWith("", -1));
println(s.endsWith("world", undefined), s.endsWith("Hello", "5"), s.endsWith("Hello", NaN));
println("abc".endsWith(["c"]), "null".endsWith(null), "undefined".endsWith());
try { s.endsWith(/d/); } catch (e) { println(e.name); }
var re = /d/; re[Symbol.match] = false;
println("/d/".endsWith(re));
try { String.prototype.endsWith.call(undefined, "a"); } catch (e) { println(e.name); }
