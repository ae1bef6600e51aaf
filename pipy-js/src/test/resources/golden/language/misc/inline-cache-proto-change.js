function get(o) { return o.m(); }
const p1 = { m() { return 'p1'; } };
const p2 = { m() { return 'p2'; } };
const o = Object.create(p1);
const r = [get(o), get(o)];
Object.setPrototypeOf(o, p2);
r.push(get(o));
p2.m = function () { return 'p2b'; };
r.push(get(o));
o.m = () => 'own';
r.push(get(o));
println(r.join());
