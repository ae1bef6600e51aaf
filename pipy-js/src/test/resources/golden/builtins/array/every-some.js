println([1, 2, 3].every(x => x > 0), [1, 2, 3].every(x => x > 1), [].every(x => false));
println([1, 2, 3].some(x => x > 2), [].some(x => true), [, , 1].some(x => x === undefined));
let visits = 0; [1, , 3].every(() => { visits++; return true; }); println(visits);
println([1, 2].every(function () { return this.ok; }, {ok: true}));
try { [1].every(); } catch (e) { println(e.name); }
try { [1].some(1); } catch (e) { println(e.name); }
