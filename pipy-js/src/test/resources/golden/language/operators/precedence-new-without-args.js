function F() { this.x = 'made'; }
const o = new F;
println(o.x);
