for (var r of [{}, [], "abc", 1, null, undefined, RegExp.prototype]) {
  try { RegExp.prototype.exec.call(r, "a"); println("ok"); } catch (e) { println(e.name); }
}
for (var m of ["test", "toString", Symbol.match, Symbol.replace, Symbol.search, Symbol.split, Symbol.matchAll]) {
  try { RegExp.prototype[m].call("str", "a"); println("ok"); } catch (e) { println(e.name); }
}
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get.call({}); } catch (e) { println(e.name); }
try { RegExp.prototype.compile.call({}); } catch (e) { println(e.name); }
