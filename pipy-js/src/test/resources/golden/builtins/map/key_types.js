var m = new Map();
var o = {}, f = function () {}, s = Symbol('s'), a = [];
m.set(o, 'obj').set(f, 'fn').set(s, 'sym').set(a, 'arr');
m.set(null, 'null').set(undefined, 'undef').set(true, 'true').set(1, 'one').set('1', 'str1');
println(m.size);
println(m.get(o), m.get(f), m.get(s), m.get(a), m.get({}), m.get([]));
println(m.get(null), m.get(undefined), m.get(true), m.get(1), m.get('1'), m.get(1.0));
println(m.get(), m.has(), m.has(false));
