function P(x, y) { this.x = x; this.y = y; }
P.prototype.sum = function () { return this.x + this.y; };
const BP = P.bind({ignored: true}, 10);
const p = new BP(5);
println(p.sum(), p instanceof P, p instanceof BP, p.ignored);
class C { constructor(a) { this.a = a; } }
const BC = C.bind(null, 'bound');
println(new BC().a, new BC() instanceof C);
const arrowB = (() => 1).bind(null);
try { new arrowB(); } catch (e) { println(e.name); }
