const proto = { v: 'proto' };
const o = Object.create(proto);
function read(x) { return x.v; }
const r = [read(o), read(o)];
o.v = 'own';
r.push(read(o));
delete o.v;
r.push(read(o));
println(r.join());
