var s = new String("abc");
println(s + "d", s == "abc", s.length + 1, s.toUpperCase(), [...s].join("-"), JSON.stringify(s), JSON.stringify({ s }));
var n = Object("x");
println(typeof n, n instanceof String, n.valueOf() === "x", Object.prototype.toString.call(n));
