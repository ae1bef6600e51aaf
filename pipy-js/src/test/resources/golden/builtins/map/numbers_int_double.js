var m = new Map();
m.set(1, 'a');
println(m.get(1.0), m.get(0.5 + 0.5), m.has(1.5));
m.set(2 ** 40, 'big');
println(m.get(1099511627776), m.get(2 ** 40 + 1));
m.set(1.5, 'x');
println(m.get(3 / 2));
