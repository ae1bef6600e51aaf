var log = [];
var self = { toString() { log.push("this"); return "abc"; } };
var search = { toString() { log.push("search"); return "b"; } };
var repl = { toString() { log.push("repl"); return "X"; } };
println(String.prototype.replace.call(self, search, repl), log.join());
var custom = { [Symbol.replace](s, r) { return "custom(" + s + "," + r + ")"; } };
println("str".replace(custom, "rep"));
try { "a".replace({ [Symbol.replace]: "nope" }, ""); } catch (e) { println(e.name); }
var called = 0;
println("aaa".replace("a", function () { called++; return this === undefined || this === globalThis; }), called);
