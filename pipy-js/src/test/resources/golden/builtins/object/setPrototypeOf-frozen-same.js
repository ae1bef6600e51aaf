const p = {}; const o = Object.freeze(Object.create(p)); println(Object.setPrototypeOf(o, p) === o);
try { Object.setPrototypeOf(o, {}); } catch (e) { println(e.name); }
