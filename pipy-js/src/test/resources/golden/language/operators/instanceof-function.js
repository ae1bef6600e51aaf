function F() {}
const f = new F();
println(f instanceof F, Object.create(F.prototype) instanceof F, {} instanceof F);
