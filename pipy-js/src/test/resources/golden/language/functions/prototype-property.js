function F() {}
println(typeof F.prototype, F.prototype.constructor === F, Object.keys(F.prototype).length);
