class A { static create() { return new this(); } hello() { return 'hello from ' + this.constructor.name; } }
class B extends A {}
println(B.create().hello());
