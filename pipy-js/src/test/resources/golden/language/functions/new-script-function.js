function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
const p = new Point(1, 2);
println(p.sum(), p instanceof Point, p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype);
