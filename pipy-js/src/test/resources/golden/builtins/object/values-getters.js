let n = 0;
const o = { get a() { n++; return 'A'; }, b: 2 };
println(JSON.stringify(Object.values(o)), n);
const p = { get x() { delete this.y; return 1; }, y: 2 };
println(JSON.stringify(Object.entries(p)));
