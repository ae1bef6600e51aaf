function F(x) { this.x = x; }
F.prototype.get = function () { return this.x; };
class G extends F { constructor() { super(42); } }
println(new G().get());
