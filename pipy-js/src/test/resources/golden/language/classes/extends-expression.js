function mixin(Base) { return class extends Base { mixed() { return 'mixed'; } }; }
class A { base() { return 'base'; } }
class C extends mixin(A) {}
const c = new C();
println(c.base(), c.mixed());
