var names = ["exec", "test", "toString", "compile"];
println(names.map(n => n + ":" + RegExp.prototype[n].length + ":" + RegExp.prototype[n].name).join(" "));
var syms = [Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
println(syms.map(s => RegExp.prototype[s].name + ":" + RegExp.prototype[s].length).join(" "));
var acc = ["flags", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky", "source", "hasIndices"];
println(acc.map(a => { var d = Object.getOwnPropertyDescriptor(RegExp.prototype, a); return a + ":" + typeof d.get + ":" + d.get.name; }).join(" "));
println(Object.getOwnPropertyDescriptor(RegExp.prototype, "exec").enumerable, Object.keys(RegExp.prototype).length);
var sp = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
println(typeof sp.get, sp.get.name, sp.set);
