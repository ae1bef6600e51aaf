let i = 0, j = 10;
while (i < 5 && j > 7) { i++; j--; }
println(i, j);
