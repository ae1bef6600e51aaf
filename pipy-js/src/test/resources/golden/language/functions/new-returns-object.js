function F() { this.a = 1; return { b: 2 }; }
function G() { this.a = 1; return 5; }
println(JSON.stringify(new F()), JSON.stringify(new G()));
