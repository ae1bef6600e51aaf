function a() { return b(); }
function b() { return a(); }
try { a(); } catch (e) { println(e.name); }
