const o = {}; for (let i = 0; i < 300; i++) o['k' + i] = i; delete o.k5;
println(Object.keys(o).length, o.k299, o.k5, Object.keys(o)[5], JSON.stringify(Object.entries(o).slice(-1)));
