let n = 0, s = '';
while (n < 3) s += n++;
println(s);
