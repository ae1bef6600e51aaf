const a = [1, 2, 3]; println(a.shift(), JSON.stringify(a), a.unshift(0, 0.5), JSON.stringify(a), [].shift(), a.unshift(), a.length);
const h = [, 2, 3]; println(h.shift(), h.length, 0 in h, h[0]);
const h2 = [1, , 3]; h2.unshift('x'); println(JSON.stringify(Object.keys(h2)), h2.length);
const o = {length: 2, 0: 'a', 1: 'b'}; println(Array.prototype.shift.call(o), JSON.stringify(o));
println(Array.prototype.unshift.call(o, 'z'), JSON.stringify(o));
