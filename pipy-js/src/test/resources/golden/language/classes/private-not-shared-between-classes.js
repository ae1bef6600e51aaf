function make() { return class { #v = 1; static read(o) { return o.#v; } }; }
const C1 = make(), C2 = make();
try { C1.read(new C2()); } catch (e) { println(e.name); }
println(C1.read(new C1()));
