println([1, 2, 3].find(x => x > 1), [1, 2, 3].find(x => x > 5), [1, 2, 3].findIndex(x => x > 1), [1, 2, 3].findIndex(x => x > 5));
let seen = []; [1, , 3].find((v, i) => { seen.push(String(v) + i); return false; }); println(seen.join());
println([NaN].findIndex(x => Number.isNaN(x)), [, 'a'].findIndex(x => x === undefined));
try { [].find(); } catch (e) { println(e.name); }
try { [].findIndex(null); } catch (e) { println(e.name); }
