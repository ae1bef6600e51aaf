const p = {greet() { return 'hi ' + this.n; }};
const o = Object.create(p); o.n = 'x';
println(o.greet(), Object.getPrototypeOf(o) === p, 'greet' in o, o.hasOwnProperty('greet'));
const n = Object.create(null); println(Object.getPrototypeOf(n), typeof n, 'toString' in n);
const d = Object.create({}, {a: {value: 1, enumerable: true}, b: {value: 2}});
println(JSON.stringify(d), d.b, JSON.stringify(Object.getOwnPropertyDescriptor(d, 'b')));
try { Object.create(5); } catch (e) { println(e.name); }
try { Object.create(); } catch (e) { println(e.name); }
try { Object.create({}, null); } catch (e) { println(e.name); }
try { Object.create({}, {a: 1}); } catch (e) { println(e.name); }
