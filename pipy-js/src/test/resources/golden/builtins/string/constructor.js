println(String(), String(1), String(null), String(undefined), String(true), String([1, [2, 3]]), String({}));
println(String(Symbol("desc")), String(-0), String(1e21), String(0.1 + 0.2));
var s = new String("abc");
println(typeof s, s.length, s[1], s instanceof String, Object.prototype.toString.call(s));
println(JSON.stringify(Object.keys(s)), JSON.stringify(Object.getOwnPropertyNames(s)));
try { new String(Symbol("x")); } catch (e) { println(e.name); }
println(String.length, String.name, typeof String.prototype, String.prototype.length, String.prototype.constructor === String);
class MyStr extends String { shout() { return this.toUpperCase() + "!"; } }
var m = new MyStr("hey");
println(m.shout(), m.length, m instanceof String, m instanceof MyStr);
