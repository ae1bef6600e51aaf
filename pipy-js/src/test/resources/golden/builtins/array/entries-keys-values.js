const a = ['a', , 'c'];
println(JSON.stringify([...a.entries()]), JSON.stringify([...a.keys()]), JSON.stringify([...a.values()]));
const it = a.values();
println(JSON.stringify(it.next()), Object.prototype.toString.call(it), typeof it[Symbol.iterator]);
println(it[Symbol.iterator]() === it);
println(Array.prototype[Symbol.iterator] === Array.prototype.values);
println(JSON.stringify([...Array.prototype.keys.call({length: 2})]));
