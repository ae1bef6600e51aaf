const s = Symbol('s');
const src = {[s]: 1, z: 2, 1: 3}; println(JSON.stringify(Object.keys(Object.assign({}, src))), Object.assign({}, src)[s]);
