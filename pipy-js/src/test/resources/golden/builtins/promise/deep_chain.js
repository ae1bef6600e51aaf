var p = Promise.resolve(0);
for (var i = 0; i < 1000; i++) p = p.then(function (v) { return v + 1; });
p.then(function (v) { println(v); });
