const d = JSON.encode({a: [1, 'é'], b: null});
println(typeof d, JSON.stringify(JSON.decode(d)), JSON.stringify(JSON.decode(JSON.encode([1, 2], null, 2))));
println(JSON.stringify(JSON.decode(JSON.encode({a: 1, b: 2}, ['b']))), JSON.stringify(JSON.decode(JSON.encode({n: 5}, (k, v) => typeof v === 'number' ? v + 1 : v))));
println(JSON.stringify(JSON.decode(JSON.encode({x: 1}), (k, v) => k === 'x' ? 'revived' : v)));
try { JSON.decode('{"a":1}'); } catch (e) { println(e.name); }
try { JSON.decode(JSON.encode(undefined)); } catch (e) { println(e.name); }
try { JSON.encode({get a() { throw new RangeError('x'); }}); } catch (e) { println(e.name); }
const c = {}; c.c = c; try { JSON.encode(c); } catch (e) { println(e.name); }
