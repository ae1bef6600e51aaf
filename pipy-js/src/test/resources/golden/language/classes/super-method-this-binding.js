class A { who() { return this.name; } }
class B extends A { constructor() { super(); this.name = 'b'; } who() { return 'B:' + super.who(); } }
println(new B().who());
