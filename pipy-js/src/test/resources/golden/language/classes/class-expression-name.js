const C = class Named { who() { return Named.name; } };
const D = class {};
println(new C().who(), C.name, D.name, typeof Named);
