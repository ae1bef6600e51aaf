println(JSON.stringify([1, 2, 3, 4].filter(x => x % 2 === 0)), JSON.stringify([1, , 3].filter(() => true)));
println(JSON.stringify([1, 2, 3].filter((v, i, arr) => arr.length === 3 && i > 0)));
const a = [1, 2, 3]; const r = a.filter(x => { a.push(9); return true; }); println(JSON.stringify(r), a.length);
println(JSON.stringify(Array.prototype.filter.call('abc', c => c !== 'b')));
try { [].filter(); } catch (e) { println(e.name); }
