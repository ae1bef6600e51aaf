const a = [1, 2];
const it = a[Symbol.iterator]();
println(JSON.stringify(it.next()));
a.push(3);
println(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
a.push(4);
println(JSON.stringify(it.next()));
