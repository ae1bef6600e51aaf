var log = [];
function obj(name, v) { return { toString() { log.push(name); return v; }, valueOf() { log.push(name + ".valueOf"); return v; } }; }
"abcabc".indexOf(obj("search", "b"), obj("pos", 2)); println(log.join()); log = [];
"abcabc".lastIndexOf(obj("search", "b"), obj("pos", 2)); println(log.join()); log = [];
"abcabc".includes(obj("search", "b"), obj("pos", 2)); println(log.join()); log = [];
"abcabc".slice(obj("a", 1), obj("b", 2)); println(log.join()); log = [];
"abcabc".substring(obj("a", 1), obj("b", 2)); println(log.join()); log = [];
"abcabc".padStart(obj("len", 8), obj("fill", "-")); println(log.join()); log = [];
String.prototype.at.call(obj("this", "xyz"), obj("idx", 1)); println(log.join()); log = [];
try { "a".indexOf(Symbol()); } catch (e) { println(e.name); }
try { "a".slice(Symbol()); } catch (e) { println(e.name); }
try { `${Symbol("t")}`; } catch (e) { println(e.name); }
try { "a" + Symbol(); } catch (e) { println(e.name); }
