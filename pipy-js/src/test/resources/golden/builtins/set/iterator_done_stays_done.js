var s = new Set([1]);
var it = s.values();
it.next(); println(it.next().done);
s.add(2);
println(it.next().done, it.next().value);
