let s = '';
for (let i = 0; i < 1000; i++) s += 'ab';
println(s.length);
