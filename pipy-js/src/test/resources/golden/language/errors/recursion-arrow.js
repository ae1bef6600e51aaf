const f = () => f();
try { f(); } catch (e) { println(e.name); }
