class A { constructor() { this.v = 'A'; } }
class B extends A { constructor() { const init = () => super(); init(); this.w = this.v + 'B'; } }
println(new B().w);
