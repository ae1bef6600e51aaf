class P2 extends Promise {
  static get [Symbol.species]() { return Promise; }
}
var p = P2.resolve(1);
var q = p.then(function () {});
println(p instanceof P2, q instanceof P2, q instanceof Promise);
