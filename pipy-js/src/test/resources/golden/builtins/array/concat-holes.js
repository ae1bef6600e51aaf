const c = [1, , 3].concat([, 5]);
println(c.length, 1 in c, 3 in c, 4 in c, JSON.stringify(Object.keys(c)));
