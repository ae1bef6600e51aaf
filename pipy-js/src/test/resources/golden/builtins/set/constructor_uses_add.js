var orig = Set.prototype.add;
var calls = 0;
Set.prototype.add = function (v) { calls++; return orig.call(this, v * 2); };
var s = new Set([1, 2, 3]);
Set.prototype.add = orig;
println(calls, [...s].join(','));
