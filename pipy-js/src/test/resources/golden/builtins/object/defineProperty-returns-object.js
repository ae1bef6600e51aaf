const o = {}; println(Object.defineProperty(o, 'x', {value: 1}) === o);
