class C { constructor() { return { custom: true }; } }
println(JSON.stringify(new C()), new C() instanceof C);
