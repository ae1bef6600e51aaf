const o = { f: 1 };
o.f();
