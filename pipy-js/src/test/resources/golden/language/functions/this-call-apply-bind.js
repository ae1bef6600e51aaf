function f(a, b) { return this.v + a + b; }
const o = { v: 1 };
println(f.call(o, 2, 3), f.apply(o, [2, 3]), f.bind(o, 2)(3));
