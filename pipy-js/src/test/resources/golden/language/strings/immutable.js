'use strict';
const s = 'abc';
try { s[0] = 'x'; } catch (e) { println(e.name); }
println(s);
