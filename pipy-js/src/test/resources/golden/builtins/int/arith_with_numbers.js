var a = new Int('u8', 200);
var r = a.add(100);
println(r.type, r.toString());
println(new Int('i32', 5).mul(2.9).toString(), new Int(10).sub('3').toString());
