var ws = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
var s = ws + "abc" + ws;
println(JSON.stringify(s.trim()), s.trimStart().length, s.trimEnd().length, ws.trim().length);
println(JSON.stringify("\u200babc\u200b".trim()), JSON.stringify("\u180eabc".trim()), JSON.stringify("\u0085x".trim()));
println(JSON.stringify("  a b  ".trimStart()), JSON.stringify("  a b  ".trimEnd()));
println(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
println(String.prototype.trimLeft.name, String.prototype.trimRight.name);
try { String.prototype.trim.call(null); } catch (e) { println(e.name); }
println(String.prototype.trim.call(42));
