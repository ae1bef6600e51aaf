var log = [];
var p = { toString() { log.push("pattern"); return "a+"; } };
var f = { toString() { log.push("flags"); return "g"; } };
var re = new RegExp(p, f);
println(String(re), log.join());
println(String(new RegExp(123, undefined)), String(new RegExp([1, 2])), String(new RegExp({})), String(RegExp("a", null === null ? undefined : "")));
try { new RegExp(Symbol()); } catch (e) { println(e.name); }
try { new RegExp("a", Symbol()); } catch (e) { println(e.name); }
try { new RegExp("a", null); } catch (e) { println(e.name); }
