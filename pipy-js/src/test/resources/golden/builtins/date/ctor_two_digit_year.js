println(new Date(99, 0).getFullYear(), new Date(0, 0).getFullYear(), new Date(100, 0).getFullYear());
println(new Date(-1, 0).getFullYear(), new Date(49.5, 0).getFullYear());
println(Date.UTC(99, 0), Date.UTC(0, 0));
