class A {}
class B extends A { constructor() {} }
try { new B(); } catch (e) { println(e.name); }
