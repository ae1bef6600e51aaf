const o = {};
Object.defineProperty(o, 'x', { get() { return 'gx'; }, configurable: true });
println(o.x, Object.keys(o).length);
