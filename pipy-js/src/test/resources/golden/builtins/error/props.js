println(Error.prototype.name, JSON.stringify(Error.prototype.message), TypeError.prototype.name, TypeError.prototype.hasOwnProperty('message'));
println(Error.length, TypeError.length, Error.name, Error.prototype.constructor === Error, TypeError.prototype.constructor === TypeError);
const d = Object.getOwnPropertyDescriptor(new Error('x'), 'message'); println(d.writable, d.enumerable, d.configurable);
println(JSON.stringify(new Error('x')), JSON.stringify(Object.keys(new Error('x'))));
