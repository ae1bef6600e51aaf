println(JSON.stringify(Object.getOwnPropertyDescriptor({a: 1}, 'a')), Object.getOwnPropertyDescriptor({}, 'a'));
println(JSON.stringify(Object.getOwnPropertyDescriptor('abc', 1)), JSON.stringify(Object.getOwnPropertyDescriptor('abc', 'length')));
println(JSON.stringify(Object.getOwnPropertyDescriptor([1], 'length')), JSON.stringify(Object.getOwnPropertyDescriptor(Math, 'PI')));
println(JSON.stringify(Object.getOwnPropertyDescriptor(function f(a) {}, 'length')), JSON.stringify(Object.getOwnPropertyDescriptor(function f(a) {}, 'name')));
const md = Object.getOwnPropertyDescriptor(Array.prototype, 'map'); println(md.value === [].map, md.writable, md.enumerable, md.configurable);
try { Object.getOwnPropertyDescriptor(null, 'a'); } catch (e) { println(e.name); }
