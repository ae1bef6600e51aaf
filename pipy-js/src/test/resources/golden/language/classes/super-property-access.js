class A { get g() { return 'A.g'; } static s() { return 'A.s'; } }
class B extends A {
  get g() { return 'B>' + super.g; }
  static s() { return 'B>' + super.s(); }
}
println(new B().g, B.s());
