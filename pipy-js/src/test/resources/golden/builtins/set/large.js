var s = new Set();
for (var i = 0; i < 5000; i++) s.add(i % 1000);
println(s.size);
for (var i = 0; i < 1000; i += 3) s.delete(i);
println(s.size, s.has(3), s.has(4));
