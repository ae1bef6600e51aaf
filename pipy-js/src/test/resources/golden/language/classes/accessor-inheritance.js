class A { get x() { return 'A'; } }
class B extends A {}
println(new B().x);
