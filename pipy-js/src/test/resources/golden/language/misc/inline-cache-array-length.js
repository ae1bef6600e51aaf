function len(x) { return x.length; }
const a = [1, 2, 3];
const r = [len(a), len('ab'), len({ length: 7 }), len(a)];
a.length = 1; r.push(len(a)); a.push(9, 9); r.push(len(a));
println(r.join());
