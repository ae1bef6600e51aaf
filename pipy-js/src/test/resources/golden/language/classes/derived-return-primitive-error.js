class A {}
class B extends A { constructor() { super(); return 1; } }
try { new B(); } catch (e) { println(e.name); }
