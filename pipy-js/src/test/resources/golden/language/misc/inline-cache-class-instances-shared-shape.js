class P { constructor(x, y) { this.x = x; this.y = y; } norm() { return this.x * this.x + this.y * this.y; } }
let s = 0;
for (let i = 0; i < 100; i++) s += new P(i, 1).norm();
println(s);
