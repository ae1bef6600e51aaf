class C { #m() { return 1; } static test(o) { try { return o.#m(); } catch (e) { return e.name; } } }
println(C.test(new C()), C.test(Object.create(C.prototype)));
