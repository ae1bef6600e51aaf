let s = '';
for (let i = 0; i < 5; i++) s += i;
println(s);
