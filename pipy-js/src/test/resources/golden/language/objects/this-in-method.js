const o = { name: 'o', who() { return this.name; } };
const w = o.who;
println(o.who(), o['who']());
