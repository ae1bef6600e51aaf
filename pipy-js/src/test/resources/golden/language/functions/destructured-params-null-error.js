function f({ a }) { return a; }
try { f(null); } catch (e) { println(e.name); }
