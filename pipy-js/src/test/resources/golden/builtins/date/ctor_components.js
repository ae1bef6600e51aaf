var d = new Date(2024, 2, 5, 10, 20, 30, 45);
println(d.toISOString());
println(new Date(2024, 0).toISOString());
println(new Date(2024, 0, 31, 25).toISOString());
println(new Date(2024, 13, 1).toISOString());
println(new Date(2024, -1, 1).toISOString());
println(new Date(2024, 1, 0).toISOString());
