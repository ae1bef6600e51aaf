var o = { toString() { return "Hello"; } };
println(String.prototype.toUpperCase.call(o), String.prototype.slice.call(o, 1, 3), String.prototype.split.call(o, "l").length);
println(String.prototype.indexOf.call(12321, 2), String.prototype.lastIndexOf.call(12321, 2), String.prototype.at.call([1, 2], 1));
println(String.prototype.padStart.call(5, 3, 0), String.prototype.repeat.call(0, 3), String.prototype.trim.call({ toString() { return "  x "; } }));
println(String.prototype.includes.call(true, "ru"), String.prototype.replace.call(null + "", "ul", "UL"), Array.prototype.map.call("abc", c => c + c).join(""));
try { String.prototype.concat.call(undefined); } catch (e) { println(e.name); }
try { String.prototype.at.call(Symbol()); } catch (e) { println(e.name); }
