const o = {v: 7}; Object.defineProperty(o, 'g', {get() { return this.v; }}); const c = Object.create(o); c.v = 9; println(o.g, c.g);
