println(WeakMap[Symbol.species], WeakSet[Symbol.species]);
println(WeakMap.length, WeakSet.length, WeakMap.name, WeakSet.name);
