const o = { n: 3, f() { return 2; } };
println(o.n ** o.f(), (-o.n) ** 2, 2 ** o.n ** 0);
