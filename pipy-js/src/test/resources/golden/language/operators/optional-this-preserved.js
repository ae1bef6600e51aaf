const o = { v: 42, m() { return this.v; } };
println(o?.m(), (o?.m)(), o.m?.());
const n = null;
println((n?.m)?.());
try { (n?.m)(); } catch (e) { println(e.name); }
