function F() { this.v = 1; }
F.prototype.get = function () { return this.v; };
println(new F().get(), new F().v);
