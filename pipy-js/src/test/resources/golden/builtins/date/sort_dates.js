var ds = [new Date(3000), new Date(1000), new Date(2000)];
ds.sort(function (a, b) { return a - b; });
println(ds.map(function (d) { return d.getTime(); }).join(','));
