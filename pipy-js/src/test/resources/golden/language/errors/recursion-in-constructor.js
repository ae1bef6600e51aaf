class C { constructor() { new C(); } }
try { new C(); } catch (e) { println(e.name); }
