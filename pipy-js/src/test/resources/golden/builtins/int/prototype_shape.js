println(typeof Int, Int.name, typeof Int.parse);
var i = new Int(1);
println(i instanceof Int, Object.prototype.toString.call(i));
var d = Object.getOwnPropertyDescriptor(Int.prototype, 'type');
println(typeof d.get, d.set, d.enumerable);
i.type = 'u8';
println(i.type);
