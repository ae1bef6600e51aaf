var s = new Set([1, 2, 3]);
var it = s.values();
println(it.next().value);
s.delete(2);
s.add(4);
println(it.next().value, it.next().value, it.next().done);
s.add(5);
println(it.next().done);
