println(JSON.stringify([1, 2, 3].map(x => x * 2)), JSON.stringify([1, 2, 3].map((v, i) => i)));
const m = [1, , 3].map(x => x * 10); println(m.length, 1 in m, m[2]);
println(JSON.stringify(['1', '2', '3'].map(Number)), JSON.stringify(['1', '2', '3'].map(parseInt)));
println(JSON.stringify([1].map(function () { return this; }, 'ctx')));
println(JSON.stringify(Array.prototype.map.call('ab', c => c + c)));
try { [1].map(); } catch (e) { println(e.name); }
