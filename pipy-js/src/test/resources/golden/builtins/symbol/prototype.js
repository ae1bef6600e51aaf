const s = Symbol('p');
println(Symbol.prototype.toString.call(s), Symbol.prototype.valueOf.call(s) === s, Symbol.prototype[Symbol.toPrimitive].call(s) === s);
println(Symbol.prototype[Symbol.toStringTag], Symbol.prototype.constructor === Symbol);
try { Symbol.prototype.toString.call('x'); } catch (e) { println(e.name); }
try { Symbol.prototype.description; } catch (e) { println(e.name); }
