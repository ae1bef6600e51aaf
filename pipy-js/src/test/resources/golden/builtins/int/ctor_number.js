var i = new Int(42);
println(i.toString(), i.type, i.width, i.isUnsigned, i.valueOf());
var n = new Int(-7.9);
println(n.toString(), n.type);
println(new Int(2 ** 53).toString(), new Int(-(2 ** 53)).toString());
println(new Int(NaN).toString(), new Int(Infinity).toString(), new Int(-Infinity).toString());
