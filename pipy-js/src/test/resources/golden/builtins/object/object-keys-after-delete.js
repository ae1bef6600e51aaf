const o = {a: 1, b: 2, c: 3}; delete o.b; o.b = 4; o.d = 5; delete o.a; println(JSON.stringify(Object.keys(o)), JSON.stringify(o));
