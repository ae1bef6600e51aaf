var a = {}, b = {};
var wm = new WeakMap([[a, 1], [b, 2]]);
println(wm.get(a), wm.get(b));
println(new WeakMap(null).has(a), new WeakMap(undefined).has(a));
try { new WeakMap([[1, 2]]); } catch (e) { println(e.constructor.name); }
try { new WeakMap([1]); } catch (e) { println(e.constructor.name); }
WeakMap();
