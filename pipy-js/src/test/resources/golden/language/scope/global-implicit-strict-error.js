'use strict';
function f() { undeclaredStrict = 1; }
try { f(); } catch (e) { println(e.name); }
