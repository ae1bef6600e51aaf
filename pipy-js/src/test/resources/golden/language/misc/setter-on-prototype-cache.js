const proto = {};
const objs = [Object.create(proto), Object.create(proto)];
function setV(o, v) { o.v = v; }
setV(objs[0], 1);
let hits = 0;
Object.defineProperty(proto, 'v', { set(x) { hits++; }, get() { return 'proto'; }, configurable: true });
setV(objs[1], 2);
println(objs[0].v, objs[1].v, hits);
