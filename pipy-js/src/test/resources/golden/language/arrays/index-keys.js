const a = [];
a['2'] = 'x'; a[1.5] = 'y'; a[-1] = 'z';
println(a.length, a[2], a['1.5'], a[-1]);
