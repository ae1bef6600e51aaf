var m = new Map();
m.set(NaN, 'nan');
println(m.get(NaN), m.get(0/0), m.has(Number('x')));
m.set(0, 'zero');
println(m.get(-0), m.has(-0));
m.set(-0, 'negzero');
println(m.size, m.get(0));
println(Object.is([...m.keys()][1], 0), Object.is([...m.keys()][1], -0));
println(m.get('0'), m.has(false));
