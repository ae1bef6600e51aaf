class C {
  a = 1
  b = 2
  static c = 3;
  ['d'] = 4
  m() { return this.a + this.b + C.c + this.d }
}
println(new C().m())
try {
  class D {
    static c = 3
    ['d'] = 4
  }
} catch (e) { println('no ASI before [:', e.name) }
