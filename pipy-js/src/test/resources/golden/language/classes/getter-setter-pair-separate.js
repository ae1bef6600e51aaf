class C { get v() { return this._v; } set v(x) { this._v = x * 2; } }
const c = new C();
c.v = 4;
println(c.v, Object.getOwnPropertyDescriptor(C.prototype, 'v').enumerable);
