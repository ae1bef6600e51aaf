const o = { get get() { return 'g'; }, set set(v) { this.v = v; }, get: undefined };
const p = { get: 1, set: 2 };
println(p.get + p.set);
class C { get() { return 'method get'; } set(v) { return 'method set ' + v; } static() { return 'static method'; } }
println(new C().get(), new C().set(1), new C().static());
