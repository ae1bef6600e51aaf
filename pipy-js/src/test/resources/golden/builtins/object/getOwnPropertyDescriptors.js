const s = Symbol('s');
const d = Object.getOwnPropertyDescriptors({a: 1, get b() { return 2; }, [s]: 3});
println(JSON.stringify(d.a), typeof d.b.get, d.b.set, d[s].value, JSON.stringify(Object.keys(d)));
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors({get x() { return 'cloned getter'; }}));
println(clone.x, typeof Object.getOwnPropertyDescriptor(clone, 'x').get);
println(JSON.stringify(Object.getOwnPropertyDescriptors('a')));
