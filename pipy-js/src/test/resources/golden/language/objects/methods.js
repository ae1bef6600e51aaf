const o = { v: 2, m(x) { return this.v * x; }, 'quoted'() { return 'q'; }, [('c' + 'k')]() { return 'ck'; } };
println(o.m(3), o.quoted(), o.ck(), o.m.name, o.ck.name);
