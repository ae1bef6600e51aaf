const c = new Error('outer', {cause: 'inner'});
println(c.cause, c.hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'), new Error('x', {cause: undefined}).hasOwnProperty('cause'));
println(new TypeError('t', {cause: 1}).cause, new Error('x', 'notobj').hasOwnProperty('cause'));
const d = Object.getOwnPropertyDescriptor(c, 'cause'); println(d.enumerable, d.writable, d.configurable);
