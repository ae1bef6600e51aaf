let n = 0; const src = {get g() { n++; return n; }}; const r = Object.assign({}, src, src); println(r.g, n, typeof Object.getOwnPropertyDescriptor(r, 'g').get);
