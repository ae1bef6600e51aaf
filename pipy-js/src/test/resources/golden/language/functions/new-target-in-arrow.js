function F() { const a = () => new.target; this.r = a() === F; }
println(new F().r);
