const o = { b: 1, 2: 1, a: 1, 1: 1, [Symbol('s')]: 1, '-1': 1 };
println(Object.keys(o).join(','));
