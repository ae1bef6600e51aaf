const s = Symbol('k');
const o = {[s]: 1, plain: 2};
println(o[s], JSON.stringify(o), Object.keys(o).length, s in o, Object.getOwnPropertySymbols(o)[0] === s);
const w = Object(s);
println(typeof w, w instanceof Symbol, w.valueOf() === s, w.description, o[w], Object.prototype.toString.call(w));
