const o = {};
try { o.method(); } catch (e) { println(e.name); }
