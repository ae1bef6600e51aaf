function F() { return new.target === F; }
println(new F() instanceof F, F());
function G() { this.t = typeof new.target; }
println(new G().t);
