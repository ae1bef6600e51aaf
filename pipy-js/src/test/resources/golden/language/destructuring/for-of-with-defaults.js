const out = [];
for (const [k, v = 'none'] of [['a', 1], ['b']]) out.push(k + '=' + v);
println(out.join());
