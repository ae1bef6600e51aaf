println(typeof globalThis, globalThis.globalThis === globalThis, globalThis.Array === Array, NaN, Infinity, undefined, -Infinity);
const d = Object.getOwnPropertyDescriptor(globalThis, 'NaN'); println(d.writable, d.enumerable, d.configurable);
NaN = 1; undefined = 2; Infinity = 3; println(NaN, undefined, Infinity);
println(Object.getOwnPropertyDescriptor(globalThis, 'parseInt').enumerable, typeof globalThis.JSON, typeof globalThis.Math);
var declared = 1; println(globalThis.declared === 1 || globalThis.declared === undefined);
