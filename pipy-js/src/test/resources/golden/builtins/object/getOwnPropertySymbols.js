const a = Symbol('a'), b = Symbol.for('b');
const o = {[a]: 1, x: 2, [b]: 3};
const syms = Object.getOwnPropertySymbols(o);
println(syms.length, syms[0] === a, syms[1] === b, syms[0].toString(), Object.getOwnPropertySymbols({}).length, Object.getOwnPropertySymbols('s').length);
println(Object.getOwnPropertySymbols(Array.prototype).map(String).join());
