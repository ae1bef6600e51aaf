const s = Symbol('s');
const o = {a: 1, [s]: 2}; Object.defineProperty(o, 'h', {value: 3});
const c = {...o}; println(c.a, c[s], 'h' in c);
const {a, ...rest} = {a: 1, b: 2, c: 3}; println(a, JSON.stringify(rest));
