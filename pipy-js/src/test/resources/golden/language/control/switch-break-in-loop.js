let s = '';
for (let i = 0; i < 3; i++) { switch (i) { case 1: continue; default: s += i; } s += '.'; }
println(s);
