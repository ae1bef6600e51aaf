class A { constructor() { this.n = new.target.name; } }
class B extends A {}
println(new A().n, new B().n);
