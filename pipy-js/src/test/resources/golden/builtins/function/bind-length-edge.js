function f(a, b) {}
Object.defineProperty(f, 'length', {value: -5}); println(f.bind().length);
Object.defineProperty(f, 'length', {value: Infinity}); println(f.bind(null, 1).length);
Object.defineProperty(f, 'length', {value: '3'}); println(f.bind().length);
Object.defineProperty(f, 'length', {value: 2.7}); println(f.bind().length);
Object.defineProperty(f, 'name', {value: 42}); println(JSON.stringify(f.bind().name));
