println(Object.prototype.toString.call(new Set()), Set.prototype[Symbol.toStringTag]);
println(Object.prototype.toString.call(new Set().values()));
println(JSON.stringify(new Set([1])));
