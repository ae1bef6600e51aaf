var s = "Mozilla";
println(s.substring(0, 1), s.substring(1, 0), s.substring(0, 6), s.substring(4), s.substring(4, 7), s.substring(7, 4));
println(JSON.stringify([s.substring(-5, 2), s.substring(2, -5), s.substring(NaN, 2), s.substring(5, 100), s.substring(0, Infinity), s.substring(1, undefined)]));
println(s.substring("1", "3"), s.substring(null, 2), s.substring(2, null));
try { String.prototype.substring.call(undefined, 0); } catch (e) { println(e.name); }
