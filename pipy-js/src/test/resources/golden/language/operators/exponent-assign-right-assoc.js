let x = 2;
x **= 3 ** 2;
println(x);
