class C { m() { return this; } }
const m = new C().m;
println(m());
