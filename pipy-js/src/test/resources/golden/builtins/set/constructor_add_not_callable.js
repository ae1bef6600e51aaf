var orig = Set.prototype.add;
Set.prototype.add = undefined;
try { new Set([1]); } catch (e) { println(e.constructor.name); }
println(new Set().size);
Set.prototype.add = orig;
