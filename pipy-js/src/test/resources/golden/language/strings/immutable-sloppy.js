const s = 'abc';
s[0] = 'x';
println(s);
