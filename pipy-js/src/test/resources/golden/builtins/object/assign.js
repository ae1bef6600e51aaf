const t = {a: 1};
const r = Object.assign(t, {b: 2}, null, undefined, {a: 3}, 'xy', 5, true);
println(r === t, JSON.stringify(t));
println(JSON.stringify(Object.assign({}, [1, 2])), JSON.stringify(Object.assign([1, 2, 3], [4, 5])));
const s = Symbol('k'); const src = {[s]: 'sym'}; Object.defineProperty(src, 'hidden', {value: 1});
const d = Object.assign({}, src); println(d[s], 'hidden' in d);
try { Object.assign(null, {}); } catch (e) { println(e.name); }
const w = Object.assign(1, {a: 1}); println(typeof w, w.a);
