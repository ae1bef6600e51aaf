class A { static #p = 1; static get() { return this.#p; } }
class B extends A {}
println(A.get());
try { B.get(); } catch (e) { println(e.name); }
