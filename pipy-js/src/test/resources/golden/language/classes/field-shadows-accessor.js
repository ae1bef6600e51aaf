class A { get x() { return 'getter'; } }
class B extends A { x = 'field'; }
println(new B().x, new A().x);
