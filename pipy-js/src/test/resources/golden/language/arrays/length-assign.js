const a = [1, 2, 3, 4];
a.length = 2;
println(JSON.stringify(a));
a[5] = 6;
println(a.length, JSON.stringify(a));
