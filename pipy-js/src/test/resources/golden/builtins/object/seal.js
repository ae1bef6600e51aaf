'use strict';
const o = Object.seal({a: 1});
println(Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o));
o.a = 2; println(o.a);
try { o.b = 1; } catch (e) { println(e.name); }
try { delete o.a; } catch (e) { println(e.name); }
println(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')));
println(Object.isSealed({}), Object.isSealed(Object.preventExtensions({})), Object.isSealed(1));
