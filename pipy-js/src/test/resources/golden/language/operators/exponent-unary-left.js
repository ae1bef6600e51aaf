println((-2) ** 2);
println(-(2 ** 2));
println(2 ** -2);
