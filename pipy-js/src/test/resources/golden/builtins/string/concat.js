println("a".concat("b", 1, null, undefined, true, [2, 3], {}));
println("x".concat());
println(String.prototype.concat.call(1, 2, 3));
println(String.prototype.concat.length);
var order = [];
var o1 = { toString() { order.push(1); return "A"; } };
var o2 = { toString() { order.push(2); return "B"; } };
println("".concat(o1, o2), order.join());
try { "a".concat(Symbol("s")); } catch (e) { println(e.constructor.name); }
