class A { get v() { return 'A'; } }
class B extends A {}
class C extends B {}
const objs = [new A(), new B(), new C(), new C()];
println(objs.map(o => o.v).join());
