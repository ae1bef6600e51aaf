'use strict';
const f = function g() { g = 1; };
try { f(); } catch (e) { println(e.name); }
