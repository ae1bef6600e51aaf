const o = { f: 5 };
try { o.f?.(); } catch (e) { println(e.name); }
