class A { constructor(...a) { this.a = a; } }
class B extends A { constructor() { super(1, 2, 3); } }
println(new B().a.join());
