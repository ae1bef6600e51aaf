const p = [{n: 'b', a: 2}, {n: 'a', a: 2}, {n: 'c', a: 1}];
println(p.sort((x, y) => x.a - y.a).map(x => x.n).join(), p.sort((x, y) => x.n < y.n ? -1 : x.n > y.n ? 1 : 0).map(x => x.n).join());
