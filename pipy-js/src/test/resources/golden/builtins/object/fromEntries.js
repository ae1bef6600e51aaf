println(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]])));
println(JSON.stringify(Object.fromEntries(Object.entries({x: 1, y: 2}).map(([k, v]) => [k, v * 10]))));
println(JSON.stringify(Object.fromEntries([[1, 'one'], [{toString() { return 'obj'; }}, 'o']])));
println(JSON.stringify(Object.fromEntries([])), JSON.stringify(Object.fromEntries([['k']])));
try { Object.fromEntries([1]); } catch (e) { println(e.name); }
try { Object.fromEntries(null); } catch (e) { println(e.name); }
try { Object.fromEntries(5); } catch (e) { println(e.name); }
