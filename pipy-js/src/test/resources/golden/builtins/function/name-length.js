function named(a, b = 1, c) {}
println(named.name, named.length, ((...r) => 0).length, (function (a, {b}, [c]) {}).length);
const anon = function () {}; const arrow = () => {}; const obj = { m() {}, get g() { return 1; }, ['comp' + 'uted']() {} };
println(anon.name, arrow.name, obj.m.name, Object.getOwnPropertyDescriptor(obj, 'g').get.name, obj.computed.name);
const d = Object.getOwnPropertyDescriptor(named, 'name'); println(d.writable, d.enumerable, d.configurable);
