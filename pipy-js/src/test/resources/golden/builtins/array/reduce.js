println([1, 2, 3].reduce((a, b) => a + b), [1, 2, 3].reduce((a, b) => a + b, 10), [[1], [2]].reduce((a, b) => a.concat(b), []).length);
println([, 2, , 4].reduce((a, b) => a + b), ['x'].reduce(() => 'never'), [].reduce((a, b) => a, 'init'));
let idx = []; [5, 6, 7].reduce((acc, v, i, arr) => { idx.push(i + '/' + arr.length); return acc; }); println(idx.join());
try { [].reduce((a, b) => a); } catch (e) { println(e.name); }
try { [, ,].reduce((a, b) => a); } catch (e) { println(e.name); }
try { [1].reduce(); } catch (e) { println(e.name); }
