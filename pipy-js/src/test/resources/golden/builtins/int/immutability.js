var a = new Int(5);
var b = a.add(1);
println(a.toString(), b.toString(), a === b);
