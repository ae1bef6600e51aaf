var m = new Map([['a', 1], ['b', 2], ['a', 3]]);
println(m.size, m.get('a'), m.get('b'));
var m2 = new Map(m);
m.set('c', 4);
println(m2.size, JSON.stringify([...m2]));
var m3 = new Map(new Set([[1, 'one'], [2, 'two']]));
println(JSON.stringify([...m3]));
println(new Map(undefined).size, new Map(null).size, new Map([]).size);
