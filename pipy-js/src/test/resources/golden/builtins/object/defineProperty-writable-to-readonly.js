const o = {}; Object.defineProperty(o, 'x', {value: 1, writable: true});
Object.defineProperty(o, 'x', {writable: false}); o.x = 2; println(o.x);
try { Object.defineProperty(o, 'x', {writable: true}); } catch (e) { println(e.name); }
Object.defineProperty(o, 'x', {value: 1}); println('same value ok');
