const o = {};
const s = Symbol('sym');
Object.defineProperty(o, s, {value: 's', enumerable: true});
Object.defineProperty(o, 1, {value: 'one', enumerable: true});
Object.defineProperty(o, {toString: () => 'k'}, {value: 'k', enumerable: true});
println(o[s], o['1'], o.k, JSON.stringify(Object.keys(o)), Object.getOwnPropertySymbols(o).length);
