var log = [];
class Logged extends RegExp {
  constructor(p, f) { log.push("ctor " + (p instanceof RegExp ? "re:" + p.source : p) + " " + f); super(p, f); }
}
var r = new Logged("-", "g");
log = [];
println(JSON.stringify("a-b-c".split(r)), log.join("; "));
log = [];
println([..."a-b".matchAll(r)].length, log.join("; "));
var weird = /x/g;
weird.constructor = undefined;
println(JSON.stringify("axb".split(weird)));
weird.constructor = 42;
try { "axb".split(weird); } catch (e) { println(e.name); }
weird.constructor = { [Symbol.species]: null };
println(JSON.stringify("axb".split(weird)));
weird.constructor = { [Symbol.species]: {} };
try { "axb".split(weird); } catch (e) { println(e.name); }
