class A { constructor(x, y) { this.s = x + y; } }
class B extends A {}
println(new B(2, 3).s, B.length);
