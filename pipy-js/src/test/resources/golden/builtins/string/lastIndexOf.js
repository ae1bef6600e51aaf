var s = "canal, canada";
println(s.lastIndexOf("a"), s.lastIndexOf("a", 2), s.lastIndexOf("a", 0), s.lastIndexOf("c"), s.lastIndexOf("x"));
println(s.lastIndexOf(""), s.lastIndexOf("", 3), s.lastIndexOf("can", -1), s.lastIndexOf("a", NaN), s.lastIndexOf("a", undefined));
println(s.lastIndexOf("a", Infinity), s.lastIndexOf("a", -Infinity), s.lastIndexOf("a", "5"));
println("aaa".lastIndexOf("aa"), "abab".lastIndexOf("ab", 1));
println(String.prototype.lastIndexOf.length);
