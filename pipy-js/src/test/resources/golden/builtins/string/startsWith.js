var s = "To be, or not to be";
println(s.startsWith("To be"), s.startsWith("not to be"), s.startsWith("not to be", 10), s.startsWith(""), s.startsWith("", 100));
println(s.startsWith("To", -3), s.startsWith("o", 1.5), s.startsWith("To", NaN), s.startsWith("be", "3"), "undefined".startsWith());
println("null".startsWith(null), "123".startsWith(12), "[object Object]x".startsWith({}));
try { s.startsWith(/To/); } catch (e) { println(e.name); }
try { String.prototype.startsWith.call(null, "a"); } catch (e) { println(e.name); }
