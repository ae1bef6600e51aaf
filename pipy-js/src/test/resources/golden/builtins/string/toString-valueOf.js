println("abc".toString(), "abc".valueOf(), new String("xyz").toString(), new String("xyz").valueOf());
println(typeof new String("a").valueOf(), typeof Object("b").toString());
try { String.prototype.toString.call({}); } catch (e) { println(e.name); }
try { String.prototype.valueOf.call(1); } catch (e) { println(e.name); }
try { String.prototype.toString.call(null); } catch (e) { println(e.name); }
println(String.prototype.toString.call(String.prototype) === "");
var w = new String("w");
w.toString = () => "patched";
println(String.prototype.valueOf.call(w), "" + w);
