var s = "Aé😀";
println(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3));
println(s.charCodeAt(4), s.charCodeAt(-1), s.charCodeAt());
println("abc".charCodeAt("1"), "abc".charCodeAt(1.5), "abc".charCodeAt(null));
println(String.prototype.charCodeAt.call(42, 1));
