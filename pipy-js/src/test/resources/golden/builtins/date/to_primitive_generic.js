var o = { toString: function () { return 'S'; }, valueOf: function () { return 7; } };
var tp = Date.prototype[Symbol.toPrimitive];
println(tp.call(o, 'default'), tp.call(o, 'string'), tp.call(o, 'number'));
