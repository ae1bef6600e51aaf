println(2 * 3 ** 2);
println(2 ** 3 * 2);
println(-(3 ** 2));
