const names = ['at', 'concat', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'flat', 'flatMap', 'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'pop', 'push', 'reduce', 'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toLocaleString', 'toString', 'unshift', 'values'];
println(names.map(n => n + '/' + Array.prototype[n].length).join(' '));
println(names.every(n => !Object.getOwnPropertyDescriptor(Array.prototype, n).enumerable));
println(Array.prototype.length, Object.prototype.toString.call(Array.prototype));
