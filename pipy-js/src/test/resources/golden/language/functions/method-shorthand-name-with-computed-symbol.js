const s = Symbol('desc');
const o = { [s]() {}, get [Symbol.iterator]() { return 1; } };
println(o[s].name, Object.getOwnPropertyDescriptor(o, Symbol.iterator).get.name);
