var m = new Map([['a', 1], ['b', 2]]);
var thisArg = { tag: 'T' };
m.forEach(function (v, k, map) { println(k, v, map === m, this.tag); }, thisArg);
println(m.forEach(function () {}));
