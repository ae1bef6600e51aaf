const proto = {};
function mk() { const o = Object.create(proto); o.a = 1; return o; }
function setV(o, v) { o.v = v; }
setV(mk(), 1);
Object.defineProperty(proto, 'v', { value: 'ro', writable: false });
const o2 = mk(); setV(o2, 2);
println(o2.v, Object.keys(o2).join());
