var log = [];
var pos = { valueOf() { log.push("pos"); return 1; } };
var str = { toString() { log.push("str"); return "b"; } };
println("abc".includes(str, pos), "abc".startsWith(str, pos), "abc".endsWith(str, { valueOf() { log.push("end"); return 2; } }), log.join());
