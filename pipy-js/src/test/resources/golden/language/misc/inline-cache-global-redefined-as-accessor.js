var counter = 0;
function readG() { return typeof gx === 'undefined' ? 'none' : gx; }
globalThis.gx = 1;
const r = [readG(), readG()];
Object.defineProperty(globalThis, 'gx', { get() { return 'getter'; }, configurable: true });
r.push(readG());
println(r.join());
