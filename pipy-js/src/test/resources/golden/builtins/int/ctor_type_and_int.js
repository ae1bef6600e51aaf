var a = new Int('u64', -1);
println(new Int('i64', a).toString(), new Int('u32', a).toString(), new Int('i8', a).toString());
var b = new Int('i8', -2);
println(new Int('u16', b).toString(), new Int('u64', b).toString());
