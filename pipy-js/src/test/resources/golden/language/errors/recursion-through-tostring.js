const o = { toString() { return 'a' + this; } };
try { String(o); } catch (e) { println(e.name); }
