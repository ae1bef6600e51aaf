class C { get #g() { return 1; } t() { try { this.#g = 2; } catch (e) { return e.name; } } }
println(new C().t());
