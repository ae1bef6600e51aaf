println(Date.UTC(2024, 2, 5, 10, 20, 30, 45));
println(Date.UTC(2024), Date.UTC(2024, 1), Date.UTC(1970, 0, 1));
println(Date.UTC(), Date.UTC(NaN), Date.UTC(2024, 'x'));
println(Date.UTC(2024, 0, 1.7, 1.2), Date.UTC.length);
