println(JSON.stringify([1, 2, 3].reverse()), JSON.stringify([1, 2, 3, 4].reverse()), JSON.stringify([].reverse()));
const h = [1, , 3, , ].reverse(); println(h.length, JSON.stringify(Object.keys(h)), h[1], h[3]);
const o = {length: 3, 0: 'a', 2: 'c'}; Array.prototype.reverse.call(o); println(JSON.stringify(o));
const a = [1, 2]; println(a.reverse() === a);
