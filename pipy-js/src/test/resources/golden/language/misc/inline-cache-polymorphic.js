function getX(o) { return o.x; }
const list = [{ x: 1 }, { y: 0, x: 2 }, { x: 3, z: 9 }, Object.create({ x: 4 }), { get x() { return 5; } }];
let s = '';
for (let r = 0; r < 3; r++) for (const o of list) s += getX(o);
println(s);
