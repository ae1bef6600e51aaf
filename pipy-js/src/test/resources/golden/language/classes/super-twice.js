class A {}
class B extends A { constructor() { super(); super(); } }
try { new B(); } catch (e) { println(e.name); }
