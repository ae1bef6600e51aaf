const u = Array.prototype[Symbol.unscopables];
const es2020 = ['at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'flat', 'flatMap', 'includes', 'keys', 'values'];
println(Object.getPrototypeOf(u), es2020.every(k => u[k] === true), u.map, u.concat);
println(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables).writable);
