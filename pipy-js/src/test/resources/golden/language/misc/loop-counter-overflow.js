let i = 2147483646;
i++; i++;
println(i);
