function F() {}
const f = new F();
println(F[Symbol.hasInstance](f), Function.prototype[Symbol.hasInstance].call(F, {}), Object[Symbol.hasInstance]([]));
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
println(2 instanceof Even, 3 instanceof Even);
try { ({}) instanceof {}; } catch (e) { println(e.name); }
