'use strict';
function add(o) { o.n = 1; }
add({}); add({});
const sealed = Object.preventExtensions({});
try { add(sealed); } catch (e) { println(e.name); }
println(Object.keys(sealed).length);
