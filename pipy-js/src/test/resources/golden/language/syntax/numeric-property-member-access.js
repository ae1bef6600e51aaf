const a = [10, 20];
println(a[0], a['1'], a[0.0], a[1e0]);
