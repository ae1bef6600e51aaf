var s = "canal, canada";
println(s.indexOf("a"), s.indexOf("a", 2), s.indexOf("can", 1), s.indexOf("x"), s.indexOf(""), s.indexOf("", 100));
println(s.indexOf("a", -5), s.indexOf("a", NaN), s.indexOf("a", Infinity), s.indexOf("a", "3"));
println("null undefined".indexOf(null), "null undefined".indexOf(undefined), "null undefined".indexOf());
println("12345".indexOf(3), String.prototype.indexOf.call(12345, 4));
println(String.prototype.indexOf.length);
