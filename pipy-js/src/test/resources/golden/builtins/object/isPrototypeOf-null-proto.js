const n = Object.create(null); const c = Object.create(n); println(Object.prototype.isPrototypeOf.call(n, c), Object.prototype.isPrototypeOf(c));
