println(Date.UTC(1970, 0, 1, 0, 0, 0, 8.64e15), Date.UTC(1970, 0, 1, 0, 0, 0, 8.64e15 + 1));
println(Date.UTC(1970, 1200000, 1), Date.UTC(1e10, 0, 1), Date.UTC(2024, 0, 1e9));
println(new Date(2024, 0, 1, 0, 0, 0, 0.9).getMilliseconds());
