class Q { constructor() { this.v = []; } add(x) { this.v.push(x); return this; } }
println(new Q().add(1).add(2).v.join());
