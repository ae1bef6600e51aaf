const a = [1, 2, 3];
Object.defineProperty(a, 'length', {value: 1}); println(JSON.stringify(a));
Object.defineProperty(a, 5, {value: 'x', enumerable: true, writable: true, configurable: true}); println(a.length, a[5]);
Object.defineProperty(a, 'length', {writable: false});
try { Object.defineProperty(a, 6, {value: 1}); } catch (e) { println(e.name); }
try { Object.defineProperty(a, 'length', {value: 10}); } catch (e) { println(e.name); }
try { Object.defineProperty([], 'length', {value: -1}); } catch (e) { println(e.name); }
const b = [1, 2, 3]; Object.defineProperty(b, 1, {value: 'fixed', configurable: false});
try { Object.defineProperty(b, 'length', {value: 0}); } catch (e) { println(e.name); }
println(b.length, JSON.stringify(b));
'use strict';
const c = [1, 2, 3]; Object.defineProperty(c, 0, {get() { return 'g'; }}); println(c[0], c.join());
