const p = {x: 1}; const o = {};
o.__proto__ = p; println(o.x, o.__proto__ === p, Object.getPrototypeOf(o) === p);
o.__proto__ = 5; println(Object.getPrototypeOf(o) === p);
o.__proto__ = null; println(Object.getPrototypeOf(o), o.__proto__);
const lit = {__proto__: p, y: 2}; println(lit.x, Object.keys(lit).join());
const nul = {__proto__: null}; println(Object.getPrototypeOf(nul));
println((1).__proto__ === Number.prototype, typeof Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get);
try { o2 = Object.preventExtensions({}); o2.__proto__ = {}; } catch (e) { println(e.name); }
try { const a = {}; const b = Object.create(a); a.__proto__ = b; } catch (e) { println(e.name); }
