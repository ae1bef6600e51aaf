println(1 < 2, '10' < '9', 10 < '9', 'a' < 'b', null < 1, undefined < 1, NaN < 1, [2] > 1, 'B' < 'a');
println(1 <= 1, 2 >= 3, null >= 0, undefined >= 0);
