function P(x) { this.x = x; }
const B = P.bind(null, 7);
const p = new B();
println(p.x, p instanceof P);
