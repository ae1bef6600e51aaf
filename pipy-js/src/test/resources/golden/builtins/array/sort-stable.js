const recs = []; for (let i = 0; i < 40; i++) recs.push({k: i % 3, i});
recs.sort((a, b) => a.k - b.k);
println(recs.map(r => r.k + ':' + r.i).join(' '));
