const kinds = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const K of kinds) {
  const e = new K('m');
  println(K.name, e.name, e.message, e instanceof K, e instanceof Error, Object.getPrototypeOf(K) === Error, Object.getPrototypeOf(K.prototype) === Error.prototype, String(e));
}
