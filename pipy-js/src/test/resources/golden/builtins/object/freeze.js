'use strict';
const o = Object.freeze({a: 1, nested: {b: 2}});
println(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
try { o.a = 2; } catch (e) { println(e.name); }
try { o.c = 3; } catch (e) { println(e.name); }
try { delete o.a; } catch (e) { println(e.name); }
o.nested.b = 3; println(o.a, o.nested.b, 'c' in o);
println(Object.freeze(5), Object.freeze('s'), Object.isFrozen(5), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
