'use strict';
function setA(o, v) { o.a = v; }
const o = { a: 1 };
setA(o, 2); setA(o, 3);
Object.freeze(o);
try { setA(o, 4); } catch (e) { println(e.name); }
println(o.a);
