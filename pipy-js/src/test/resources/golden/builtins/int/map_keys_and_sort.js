var xs = [new Int(3), new Int('u8', 1), new Int(-2)];
xs.sort(function (a, b) { return a.compare(b); });
println(xs.map(String).join(','));
println(xs.map(function (x) { return x.type; }).join(','));
