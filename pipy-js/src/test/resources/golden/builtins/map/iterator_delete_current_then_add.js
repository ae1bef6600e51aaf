var m = new Map([[1, 'a'], [2, 'b']]);
var it = m.entries();
println(JSON.stringify(it.next().value));
println(JSON.stringify(it.next().value));
m.delete(2);
m.delete(1);
m.set(3, 'c');
println(JSON.stringify(it.next()));
println(JSON.stringify(it.next()));
