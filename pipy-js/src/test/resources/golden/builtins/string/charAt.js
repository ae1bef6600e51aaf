var s = "héllo";
println(s.charAt(0), s.charAt(1), s.charAt(4));
println(JSON.stringify([s.charAt(5), s.charAt(-1), s.charAt(NaN), s.charAt(1.9), s.charAt("2"), s.charAt()]));
println(JSON.stringify(s.charAt(Infinity)));
println("😀".charAt(0) === "\ud83d", "😀".charAt(1) === "\ude00");
println(String.prototype.charAt.call(12345, 2));
println(String.prototype.charAt.call(true, 0));
println(String.prototype.charAt.length);
