const o = {b: 1, 2: 1, a: 1, 1: 1}; Object.defineProperty(o, 'h', {value: 1}); println(JSON.stringify(Object.getOwnPropertyNames(o)));
