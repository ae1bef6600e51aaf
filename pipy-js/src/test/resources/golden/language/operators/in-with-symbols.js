const s = Symbol();
const o = { [s]: 1 };
println(s in o, Symbol() in o);
