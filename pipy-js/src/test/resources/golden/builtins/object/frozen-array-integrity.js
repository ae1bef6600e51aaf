const a = Object.freeze([1, 2]);
println(Object.isFrozen(a), Object.isSealed(a), JSON.stringify(Object.getOwnPropertyDescriptor(a, 0)), JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length')));
const b = Object.seal([1]); b[0] = 9; b[1] = 2; println(JSON.stringify(b), Object.isSealed(b), Object.isFrozen(b));
println(Object.isFrozen(Object.preventExtensions([1])), Object.isSealed(Object.preventExtensions([1])));
