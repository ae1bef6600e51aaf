const arr = [1, [2, 3]];
println(arr?.[1]?.[0], arr[5]?.[0], arr?.[1][1]);
