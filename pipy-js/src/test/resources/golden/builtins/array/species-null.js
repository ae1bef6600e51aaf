class N extends Array { static get [Symbol.species]() { return null; } }
const n = new N(1, 2); const m = n.map(x => x); println(m instanceof N, Array.isArray(m), m.constructor === Array);
