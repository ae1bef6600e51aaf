var m = new Map([[1, 1]]);
var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
println(typeof d.get, d.set, d.enumerable, d.configurable);
println(m.size);
m.size = 10;
println(m.size);
