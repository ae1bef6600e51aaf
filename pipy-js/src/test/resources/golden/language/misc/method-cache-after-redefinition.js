class A { m() { return 1; } }
const a = new A();
const r = [a.m(), a.m()];
A.prototype.m = function () { return 2; };
r.push(a.m());
println(r.join());
