println(JSON.stringify([1, 2, 3].flatMap(x => [x, x * 2])), JSON.stringify([1, 2].flatMap(x => [[x]])));
println(JSON.stringify(['a b', 'c'].flatMap(s => s.split(' '))), JSON.stringify([1, , 2].flatMap(x => x)));
println(JSON.stringify([1].flatMap(function () { return this.v; }, {v: [7, 8]})));
try { [1].flatMap(); } catch (e) { println(e.name); }
