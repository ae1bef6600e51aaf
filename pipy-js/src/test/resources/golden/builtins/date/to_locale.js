var d = new Date(2024, 2, 5, 10, 20, 30);
println(d.toLocaleString());
println(d.toLocaleDateString());
println(d.toLocaleTimeString());
println(new Date(2024, 11, 25, 0, 5).toLocaleTimeString(), new Date(2024, 11, 25, 12, 5).toLocaleTimeString(), new Date(2024, 11, 25, 23, 59, 59).toLocaleTimeString());
