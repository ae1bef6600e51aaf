println(JSON.stringify(Array.from([1, 2, 3], x => x * 2)));
println(JSON.stringify(Array.from({length: 4}, (v, i) => i * i)));
println(JSON.stringify(Array.from('abc', function (c, i) { return this.p + c + i; }, {p: '-'})));
try { Array.from([1], 'nope'); } catch (e) { println(e.name); }
try { Array.from([1], {}); } catch (e) { println(e.name); }
