const a = [1];
const it = a.values();
println(JSON.stringify(it.next()), JSON.stringify(it.next()));
a.push(2);
println(JSON.stringify(it.next()));
