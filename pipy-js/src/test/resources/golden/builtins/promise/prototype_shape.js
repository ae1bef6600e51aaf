println(Object.getOwnPropertyNames(Promise.prototype).sort().join(','));
println(Object.getOwnPropertyNames(Promise).sort().join(','));
println(Promise.length, Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
println(Promise.all.length, Promise.resolve.length, Promise[Symbol.species] === Promise);
println(Promise.prototype[Symbol.toStringTag]);
