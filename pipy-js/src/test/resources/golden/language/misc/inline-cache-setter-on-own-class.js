class T { set v(x) { this._v = x * 2; } get v() { return this._v; } }
function setV(o, x) { o.v = x; }
const t1 = new T(), t2 = new T();
setV(t1, 1); setV(t2, 2);
println(t1.v, t2.v, Object.keys(t1).join());
