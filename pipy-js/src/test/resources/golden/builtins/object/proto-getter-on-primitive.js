println('s'.__proto__ === String.prototype, true.__proto__ === Boolean.prototype, Symbol().__proto__ === Symbol.prototype);
try { Object.prototype.__lookupGetter__; } catch (e) { println(e.name); }
