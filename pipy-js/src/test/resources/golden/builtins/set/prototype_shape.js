println(Object.getOwnPropertyNames(Set.prototype).sort().join(','));
println(Set.length, Set.prototype.add.length, Set.prototype.has.length, Set[Symbol.species] === Set);
