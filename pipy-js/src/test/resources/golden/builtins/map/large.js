var m = new Map();
for (var i = 0; i < 10000; i++) m.set('k' + i, i);
for (var i = 0; i < 10000; i += 2) m.delete('k' + i);
var sum = 0;
m.forEach(function (v) { sum += v; });
println(m.size, sum, m.get('k9999'), m.get('k9998'));
println([...m.keys()].slice(0, 3).join(','));
