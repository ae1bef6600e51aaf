const o = {};
Object.defineProperty(o, 'a', {value: 1});
println(o.a, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')), JSON.stringify(Object.keys(o)));
o.a = 2; println(o.a);
Object.defineProperty(o, 'b', {value: 1, writable: true, enumerable: true, configurable: true});
Object.defineProperty(o, 'b', {value: 5}); println(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'b')));
Object.defineProperty(o, 'b', {enumerable: false}); println(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'b')));
println(Object.defineProperty(o, 'c', {}) === o, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'c')), 'c' in o);
