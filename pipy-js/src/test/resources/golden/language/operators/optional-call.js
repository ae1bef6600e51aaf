const o = { f() { return this.v; }, v: 7 };
println(o.f?.(), o.g?.(), o.g?.().h.i);
let u; println(u?.(), u?.x());
