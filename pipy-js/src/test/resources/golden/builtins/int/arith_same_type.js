var a = new Int('i32', 2147483647), one = new Int('i32', 1);
var r = a.add(one);
println(r.type, r.toString());
println(new Int('u8', 250).add(new Int('u8', 10)).toString(), new Int('u8', 5).sub(new Int('u8', 10)).toString());
println(new Int('i64', '9223372036854775807').add(new Int('i64', 1)).toString());
println(new Int('u64', -1).add(new Int('u64', 1)).toString());
println(new Int(6).mul(new Int(7)).toString(), new Int(-7).div(new Int(2)).toString(), new Int(-7).mod(new Int(2)).toString());
