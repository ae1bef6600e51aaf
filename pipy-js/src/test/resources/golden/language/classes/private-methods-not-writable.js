class C { #m() {} set() { try { this.#m = 1; } catch (e) { return e.name; } } }
println(new C().set());
