class A { m() { return 'A.m'; } }
class B extends A { m() { const f = () => super.m(); return f(); } }
println(new B().m());
