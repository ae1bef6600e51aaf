var log = [];
var self = { toString() { log.push("this"); return "a-b"; } };
var limit = { valueOf() { log.push("limit"); return 5; } };
var sep = { toString() { log.push("sep"); return "-"; } };
println(JSON.stringify(String.prototype.split.call(self, sep, limit)), log.join());
log = [];
String.prototype.split.call(self, sep, { valueOf() { log.push("limit0"); return 0; } });
println(log.join());
var custom = { [Symbol.split](s, lim) { return [s, lim]; } };
println(JSON.stringify("xyz".split(custom, 3)));
try { String.prototype.split.call(null, ","); } catch (e) { println(e.name); }
try { "a".split({ [Symbol.split]: 1 }); } catch (e) { println(e.name); }
