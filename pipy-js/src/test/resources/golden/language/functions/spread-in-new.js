function P(a, b) { this.s = a + b; }
println(new P(...[2, 3]).s);
