class Bad extends Array { static get [Symbol.species]() { return 42; } }
try { new Bad(1).map(x => x); } catch (e) { println(e.name); }
