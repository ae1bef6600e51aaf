const p = {inherited: 1}; const o = Object.create(p); o.own = 2; o[0] = 'zero';
const fi = []; for (const k in o) fi.push(k); println(fi.join(), Object.keys(o).join());
