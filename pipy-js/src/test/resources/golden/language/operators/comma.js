let a = (1, 2, 3);
println(a);
let i = 0, j = 10;
for (; i < j; i++, j--);
println(i, j);
