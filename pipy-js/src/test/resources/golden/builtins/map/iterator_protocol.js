var m = new Map([[1, 2]]);
var it = m[Symbol.iterator]();
println(it[Symbol.iterator]() === it);
println(Object.prototype.toString.call(it));
println(it[Symbol.toStringTag]);
println(Map.prototype[Symbol.iterator] === Map.prototype.entries);
var proto = Object.getPrototypeOf(it);
println(typeof proto.next, Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
println(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
