const proto = {};
function mk() { const o = Object.create(proto); o.a = 1; return o; }
function setV(o, v) { o.v = v; }
setV(mk(), 1);
let hits = 0;
Object.defineProperty(proto, 'v', { set(x) { hits++; }, configurable: true });
const o2 = mk(); setV(o2, 2);
println(hits, Object.keys(o2).join());
