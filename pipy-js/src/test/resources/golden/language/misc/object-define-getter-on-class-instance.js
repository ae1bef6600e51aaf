class C {}
const c = new C();
Object.defineProperty(c, 'g', { get: () => 'g!' });
println(c.g);
