const p = { hello() { return 'hi'; } };
const o = { __proto__: p, own: 1 };
println(o.hello(), Object.getPrototypeOf(o) === p, Object.keys(o).join());
const n = { __proto__: null };
println(Object.getPrototypeOf(n));
