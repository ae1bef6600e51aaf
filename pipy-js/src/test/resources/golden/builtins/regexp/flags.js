var re = /x/dgimsuy;
println(re.flags, re.hasIndices, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky);
var plain = /x/;
println(JSON.stringify(plain.flags), plain.global, plain.ignoreCase, plain.multiline, plain.dotAll, plain.unicode, plain.sticky, plain.hasIndices);
println(new RegExp("a", "yusmig").flags, new RegExp("a", "").flags === "", new RegExp("a", undefined).flags === "");
println(RegExp.prototype.flags === "", RegExp.prototype.global, RegExp.prototype.source);
var d = Object.getOwnPropertyDescriptor(RegExp.prototype, "global");
println(typeof d.get, d.set, d.enumerable, d.configurable);
try { d.get.call({}); } catch (e) { println(e.name); }
try { d.get.call(1); } catch (e) { println(e.name); }
var fd = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
println(fd.call({ global: 1, sticky: "yes", unicode: 0, hasIndices: true }));
try { fd.call(undefined); } catch (e) { println(e.name); }
