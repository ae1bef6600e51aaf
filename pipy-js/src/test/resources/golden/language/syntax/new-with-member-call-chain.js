class C { constructor(v) { this.v = v; } get() { return this.v; } }
const ns = { C };
println(new ns.C(5).get(), new (class { m() { return 'anon'; } })().m());
