const o = {a: undefined}; const c = Object.create(o);
println(o.hasOwnProperty('a'), o.hasOwnProperty('b'), c.hasOwnProperty('a'), o.hasOwnProperty('hasOwnProperty'));
println([1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1), 'ab'.hasOwnProperty(2), 'ab'.hasOwnProperty('length'));
println(Object.prototype.hasOwnProperty.call(Object.create(null), 'x'), ({1: 1}).hasOwnProperty(1));
try { Object.prototype.hasOwnProperty.call(null, 'a'); } catch (e) { println(e.name); }
const s = Symbol(); println(({[s]: 1}).hasOwnProperty(s));
