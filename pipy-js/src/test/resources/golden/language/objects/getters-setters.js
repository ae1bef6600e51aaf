const o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
};
o.v = 5;
println(o.v, o._v);
const d = Object.getOwnPropertyDescriptor(o, 'v');
println(typeof d.get, typeof d.set, d.enumerable, d.configurable);
