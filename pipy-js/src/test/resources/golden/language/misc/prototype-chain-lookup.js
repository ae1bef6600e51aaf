const a = { x: 1 };
const b = Object.create(a);
const c = Object.create(b);
println(c.x, 'x' in c, c.hasOwnProperty('x'));
a.x = 2;
println(c.x);
b.x = 3;
println(c.x, a.x);
