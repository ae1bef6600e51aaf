function f() { f(); }
try { f(); } catch (e) { println(e instanceof RangeError, e.name); }
