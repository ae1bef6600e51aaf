const a = [1, , 3, , ];
println(a.length, 1 in a, a[1], JSON.stringify(a));
