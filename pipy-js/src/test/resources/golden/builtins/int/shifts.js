var one = new Int('i64', 1);
println(one.shiftLeft(63).toString(), one.shiftLeft(62).toString());
println(new Int('u8', 1).shiftLeft(7).toString(), new Int('u8', 1).shiftLeft(8).toString(), new Int('i8', 1).shiftLeft(7).toString());
var m = new Int('i64', -16);
println(m.shiftRight(2).toString(), m.shiftRightLogical(60).toString());
println(new Int('u32', -1).shiftRight(4).toString(), new Int('i32', -1).shiftRightLogical(28).toString());
