const o = { 1: 'a', 0x10: 'b', 1.5: 'c', 1e3: 'd', '2': 'e' };
println(Object.keys(o).join(','));
