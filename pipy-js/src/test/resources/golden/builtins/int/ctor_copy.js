var a = new Int('u16', 65535);
var b = new Int(a);
println(b.type, b.toString(), a === b);
