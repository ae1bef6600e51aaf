const o = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 10; } }; o.v = 2; println(o.v, JSON.stringify(o));
