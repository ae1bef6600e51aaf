println(typeof Object(), JSON.stringify(Object()), JSON.stringify(new Object()), typeof Object(null), typeof Object(undefined));
const o = {}; println(Object(o) === o, new Object(o) === o);
println(typeof Object(1), Object(1) instanceof Number, Object('s').length, Object(true) instanceof Boolean, typeof Object(Symbol()));
println(Object.length, Object.name, Object.prototype.constructor === Object);
class Sub extends Object { constructor() { super(); this.v = 1; } } println(new Sub().v, new Sub() instanceof Sub);
