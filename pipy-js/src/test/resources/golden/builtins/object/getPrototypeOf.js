println(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype));
println(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype, Object.getPrototypeOf(true) === Boolean.prototype);
println(Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf(Symbol()) === Symbol.prototype);
try { Object.getPrototypeOf(null); } catch (e) { println(e.name); }
try { Object.getPrototypeOf(); } catch (e) { println(e.name); }
