var a = new Set([1, 2, 3, 4]);
var b = new Set([3, 4, 5]);
var union = new Set([...a, ...b]);
var inter = new Set([...a].filter(function (x) { return b.has(x); }));
var diff = new Set([...a].filter(function (x) { return !b.has(x); }));
println([...union].join(','), [...inter].join(','), [...diff].join(','));
