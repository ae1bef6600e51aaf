class A { #x = 1; static get(o) { return o.#x; } }
try { A.get({}); } catch (e) { println(e.name); }
println(A.get(new A()));
