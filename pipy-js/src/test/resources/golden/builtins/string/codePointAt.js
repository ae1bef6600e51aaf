var s = "a😀b";
println(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3));
println(s.codePointAt(4), s.codePointAt(-1));
println("\ud800".codePointAt(0), "\ud800x".codePointAt(0), "\udc00\ud800".codePointAt(0));
println(String.prototype.codePointAt.length);
