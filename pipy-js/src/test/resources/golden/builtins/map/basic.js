var m = new Map();
println(m.size);
println(m.set('a', 1) === m);
m.set('b', 2).set('c', 3);
println(m.size, m.get('a'), m.get('b'), m.get('c'), m.get('d'));
println(m.has('a'), m.has('z'));
println(m.delete('a'), m.delete('a'), m.size);
m.clear();
println(m.size, m.get('b'));
