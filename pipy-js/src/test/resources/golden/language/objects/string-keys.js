const o = { 'a b': 1, 'c-d': 2, '': 3 };
println(o['a b'], o['c-d'], o['']);
