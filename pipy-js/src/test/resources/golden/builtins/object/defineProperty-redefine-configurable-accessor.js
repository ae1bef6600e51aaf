const o = {}; Object.defineProperty(o, 'x', {get() { return 1; }, configurable: true});
Object.defineProperty(o, 'x', {get() { return 2; }}); println(o.x);
Object.defineProperty(o, 'x', {value: 3, writable: true}); println(o.x, Object.getOwnPropertyDescriptor(o, 'x').configurable);
