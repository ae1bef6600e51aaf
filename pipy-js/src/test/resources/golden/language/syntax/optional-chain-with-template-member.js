const o = { 'a b': { c: 1 } };
println(o?.['a b']?.c);
