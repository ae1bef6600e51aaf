'use strict';
const o = Object.preventExtensions({a: 1});
println(Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
o.a = 5; delete o.a; println(JSON.stringify(o));
try { o.b = 1; } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'c', {value: 1}); } catch (e) { println(e.name); }
try { Object.setPrototypeOf(o, {}); } catch (e) { println(e.name); }
println(Object.setPrototypeOf(o, Object.prototype) === o);
println(Object.preventExtensions(1), Object.isExtensible(1), Object.isExtensible());
