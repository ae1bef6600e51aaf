println(new Date(Date.UTC(2024, 2, 5, 1, 2, 3, 4)).toISOString());
println(new Date(Date.UTC(-1, 0, 1)).toISOString());
println(new Date(Date.UTC(10000, 0, 1)).toISOString());
println(new Date(Date.UTC(0, 0, 1)).toISOString(), new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)).toISOString());
