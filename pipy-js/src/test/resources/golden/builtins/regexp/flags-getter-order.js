var log = [];
var obj = {};
["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"].forEach(k => Object.defineProperty(obj, k, { get() { log.push(k); return true; } }));
var f = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(obj);
println(f.replace("v", ""), log.filter(k => k !== "unicodeSets").join());
