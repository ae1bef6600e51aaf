println("abc".padEnd(10) + "|");
println("abc".padEnd(10, "foo"), "abc".padEnd(6, "123456"), "abc".padEnd(1), "abc".padEnd(5, undefined) + "|");
println("abc".padEnd(7, [1, 2]), "x".padEnd(4, {}));
try { "a".padEnd(2 ** 40, "x"); } catch (e) { println(e.name); }
try { String.prototype.padEnd.call(null, 3); } catch (e) { println(e.name); }
var log = [];
"ab".padEnd({ valueOf() { log.push("len"); return 1; } }, { toString() { log.push("fill"); return "x"; } });
println(log.join());
