function F() { return new.target === undefined; }
println(F());
