class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
const p = new Point(2, 3);
println(p.sum(), typeof Point, p instanceof Point);
