var names = Object.getOwnPropertyNames(Map.prototype).sort();
println(names.join(','));
println(Map.prototype.constructor === Map);
println(Object.getOwnPropertyDescriptor(Map.prototype, 'get').enumerable);
println(Map.prototype.set.length, Map.prototype.get.length, Map.prototype.forEach.length, Map.prototype.entries.length);
