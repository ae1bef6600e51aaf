println("abcdef".search("cd"), "abcdef".search(/[e-f]/), "abc".search("z"), "abc".search(), "a.c".search("."));
println("aBc".search(/b/i), "x\ny".search(/^y/m), "undefined".search(undefined), "null".search(null));
var re = /b/g; re.lastIndex = 5;
println("abc".search(re), re.lastIndex);
var custom = { [Symbol.search](s) { return "S:" + s; } };
println("q".search(custom));
try { String.prototype.search.call(null, "a"); } catch (e) { println(e.name); }
