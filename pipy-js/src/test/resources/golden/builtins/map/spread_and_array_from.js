var m = new Map([[1, 'a'], [2, 'b']]);
println(JSON.stringify([...m.entries()]));
println(JSON.stringify(Array.from(m, function (e) { return e[0] + e[1]; })));
println(JSON.stringify(Object.fromEntries ? 'has' : 'no'));
