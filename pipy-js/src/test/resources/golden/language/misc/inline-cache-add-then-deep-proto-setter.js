class A {}
function setX(o) { o.x = 1; }
const a1 = new A(); a1.y = 0; setX(a1);
Object.defineProperty(Object.prototype, 'x', { set(v) { this._x = 'via setter'; }, configurable: true });
const a2 = new A(); a2.y = 0; setX(a2);
println(a2._x, Object.keys(a2).join());
delete Object.prototype.x;
