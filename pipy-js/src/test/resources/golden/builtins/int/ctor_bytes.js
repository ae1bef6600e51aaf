var a = new Int([1]);
var b = new Int([1, 2]);
var c = new Int([1, 2, 3]);
var d = new Int([1, 2, 3, 4, 5]);
println(a.type, a.toString(), b.type, b.toString(), c.type, c.toString(), d.type, d.toString());
var e = new Int([255, 255, 255, 255, 255, 255, 255, 255]);
println(e.type, e.toString());
println(new Int([]).type, new Int([]).toString());
println(new Int('i16', [0xff, 0xff]).toString(), new Int('u32', [1]).toString(), new Int('i8', [0x80, 1]).toString());
