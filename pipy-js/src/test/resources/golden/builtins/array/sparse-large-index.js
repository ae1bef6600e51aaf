const a = []; a[1000000] = 1; println(a.length, a.indexOf(1), a.lastIndexOf(1), a.includes(1), a.findIndex(x => x === 1));
let n = 0; a.forEach(() => n++); println(n);
const b = [1]; b[50000000] = 2; println(b.length, JSON.stringify(Object.keys(b)), b.join('').length);
println(b.filter(() => true).length, b.map(x => x * 2)[50000000], b.reduce((s, x) => s + x));
