const a = [1, 'two', [3], { four: 4 }];
println(a.length, a[1], a[2][0], a[3].four);
