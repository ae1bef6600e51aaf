var m = new Map();
println(m.set(1, 1).set(2, 2).set(3, 3).size);
println(m.delete(5), m.has(3));
println(m.clear(), m.size);
