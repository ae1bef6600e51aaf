var s = new Set(['x', 'y']);
println(JSON.stringify([...s.entries()]));
println(JSON.stringify([...s.keys()]), JSON.stringify([...s.values()]));
println(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
