const o = { get v() { return 1; } };
function read(x) { return x.v; }
const r = [read(o), read(o)];
Object.defineProperty(o, 'v', { get() { return 2; } });
r.push(read(o));
Object.defineProperty(o, 'v', { value: 3 });
r.push(read(o));
println(r.join());
