const o = { v: 'ov', m(a = this.v) { return a; } };
println(o.m());
