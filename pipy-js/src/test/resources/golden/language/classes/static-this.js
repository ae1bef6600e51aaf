class C { static who() { return this.name; } }
class D extends C {}
println(C.who(), D.who());
