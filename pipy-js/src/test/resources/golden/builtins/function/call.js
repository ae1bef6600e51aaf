function f(a, b) { return String(this && this.n) + ':' + a + ':' + b; }
println(f.call({n: 1}, 2, 3), f.call({n: 1}), f.call(), f.call(null, 'x'));
function strictThis() { 'use strict'; return this; }
println(strictThis.call(5), strictThis.call(undefined), strictThis.call(null), typeof strictThis.call('s'));
function sloppyThis() { return this; }
println(typeof sloppyThis.call(5), sloppyThis.call(5) instanceof Number, sloppyThis.call(undefined) === globalThis);
println(Function.prototype.call.length, Math.max.call(null, 1, 3, 2));
try { Function.prototype.call.call(1); } catch (e) { println(e.name); }
