class P { constructor() { this.x = 1; } get y() { return 2; } m() {} }
println(JSON.stringify(new P()), JSON.stringify({f: class {}}), JSON.stringify([class {}]));
