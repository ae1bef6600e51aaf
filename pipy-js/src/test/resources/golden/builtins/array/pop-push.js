const a = [1, 2]; println(a.push(3, 4), JSON.stringify(a), a.pop(), a.length, a.push(), a.pop(), a.pop(), a.pop(), a.pop(), a.length);
const o = {length: 2, 0: 'a', 1: 'b'}; println(Array.prototype.pop.call(o), o.length, 1 in o);
const o2 = {}; println(Array.prototype.push.call(o2, 'x', 'y'), o2.length, o2[1]);
const o3 = {length: 'abc'}; println(Array.prototype.pop.call(o3), o3.length);
