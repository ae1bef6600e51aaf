var log = [];
class Spy extends RegExp {
  exec(s) { log.push(this.lastIndex); return super.exec(s); }
}
var sp = new Spy(",");
println(JSON.stringify("a,b".split(sp)), log.join(" "));
println(JSON.stringify(RegExp.prototype[Symbol.split].call(/(x)(y)?/, "axbxyc")), JSON.stringify(RegExp.prototype[Symbol.split].call(/b/, "abc", 1)));
println(JSON.stringify(RegExp.prototype[Symbol.split].call(/b/y, "abcb")), JSON.stringify("abc".split(/b/g)));
