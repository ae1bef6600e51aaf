const a = [1, 2, 3];
println(delete a[1], a.length, 1 in a, a[1]);
