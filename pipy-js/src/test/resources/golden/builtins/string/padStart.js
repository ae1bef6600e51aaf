println("abc".padStart(10), "|");
println("abc".padStart(10, "foo"), "abc".padStart(6, "123465"), "abc".padStart(8, "0"), "abc".padStart(1), "abc".padStart(-1));
println(JSON.stringify("abc".padStart(5, "")), "abc".padStart(5, undefined) + "|", "abc".padStart(5, null), "abc".padStart("5", 1));
println("abc".padStart(NaN, "x"), "5".padStart(3, 0), "".padStart(3, "ab"));
try { "a".padStart(Infinity, "x"); } catch (e) { println(e.name); }
println("a".padStart(Infinity, ""));
