const p = {}; const c = Object.create(p); const gc = Object.create(c);
println(p.isPrototypeOf(c), p.isPrototypeOf(gc), c.isPrototypeOf(p), p.isPrototypeOf(p), Object.prototype.isPrototypeOf([]), Array.prototype.isPrototypeOf([]));
println(Object.prototype.isPrototypeOf(1), Function.prototype.isPrototypeOf(Object), Object.prototype.isPrototypeOf.call(null, 1));
try { Object.prototype.isPrototypeOf.call(null, {}); } catch (e) { println(e.name); }
