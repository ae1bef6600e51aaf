println(new Date(NaN).getTime(), new Date(2024, NaN).getTime(), new Date(2024, 0, 1, 0, 0, 0, Infinity).getTime());
println(new Date('2024', '1').toISOString());
