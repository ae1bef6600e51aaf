var s = "To be, or not to be";
println(s.includes("be"), s.includes("TO"), s.includes(""), s.includes("be", 18), s.includes("be", 17), s.includes("To", -10));
println("abc".includes("c", Infinity), "".includes(""), "abc".includes(undefined), "undefined".includes());
try { s.includes(/be/); } catch (e) { println(e.name); }
var fake = { [Symbol.match]: true, toString() { return "x"; } };
try { "x".includes(fake); } catch (e) { println(e.name); }
var notRe = /x/; notRe[Symbol.match] = false;
println("/x/".includes(notRe));
try { String.prototype.includes.call(null, "a"); } catch (e) { println(e.name); }
