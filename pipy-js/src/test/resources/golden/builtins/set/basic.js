var s = new Set();
println(s.size, s.add(1) === s);
s.add(2).add(2).add('2');
println(s.size, s.has(1), s.has(2), s.has('2'), s.has(3));
println(s.delete(2), s.delete(2), s.size);
s.clear();
println(s.size, s.has(1));
