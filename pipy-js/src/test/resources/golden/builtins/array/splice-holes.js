const a = [1, , 3, , 5];
const r = a.splice(1, 2); println(r.length, 0 in r, r[1], JSON.stringify(Object.keys(a)), a.length);
const o = {length: 4, 0: 'a', 1: 'b', 3: 'd'}; const r2 = Array.prototype.splice.call(o, 1, 1, 'X', 'Y');
println(JSON.stringify(r2), JSON.stringify(o));
