const names = ['hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf'];
println(names.map(n => n + '/' + Object.prototype[n].length).join(' '));
const statics = ['assign', 'create', 'defineProperties', 'defineProperty', 'entries', 'freeze', 'fromEntries', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getOwnPropertyNames', 'getOwnPropertySymbols', 'getPrototypeOf', 'is', 'isExtensible', 'isFrozen', 'isSealed', 'keys', 'preventExtensions', 'seal', 'setPrototypeOf', 'values'];
println(statics.map(n => n + '/' + Object[n].length).join(' '));
println(JSON.stringify(Object.keys(Object)), JSON.stringify(Object.keys(Object.prototype)));
