var orig = Map.prototype.set;
Map.prototype.set = 42;
try { new Map([[1, 2]]); } catch (e) { println(e.constructor.name); }
println(new Map().size);
try { new Map([]); } catch (e) { println('empty iterable still checks set:', e.constructor.name); }
Map.prototype.set = orig;
