var calls = [];
var orig = Map.prototype.set;
Map.prototype.set = function (k, v) { calls.push(k + '=' + v); return orig.call(this, k, v * 10); };
var m = new Map([['a', 1], ['b', 2]]);
Map.prototype.set = orig;
println(calls.join(','), m.get('a'), m.get('b'));
