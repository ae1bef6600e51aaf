class MyRE extends RegExp {
  exec(s) { this.calls = (this.calls || 0) + 1; return super.exec(s); }
}
var r = new MyRE("b", "g");
println(r instanceof MyRE, r instanceof RegExp, r.flags, r.test("abc"), r.calls);
println(JSON.stringify("abcb".match(r)), r.calls);
println("abcb".replace(r, "X"), JSON.stringify("abcb".split(r)));
var m = [..."bb".matchAll(r)];
println(m.length, m[0] instanceof Array);
class Sp extends RegExp { static get [Symbol.species]() { return RegExp; } }
var sp = new Sp("x", "g");
println(JSON.stringify("axbx".split(sp)), Object.getPrototypeOf("x".matchAll(sp)) !== null);
