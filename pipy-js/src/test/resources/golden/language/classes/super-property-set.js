class A {}
class B extends A { m() { super.x = 5; return this.x; } }
println(new B().m());
