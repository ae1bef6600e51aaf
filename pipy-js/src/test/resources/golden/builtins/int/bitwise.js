var a = new Int('u16', 0xff00), b = new Int('u16', 0x0ff0);
println(a.bitwiseAnd(b).toString(16), a.bitwiseOr(b).toString(16), a.bitwiseXor(b).toString(16));
println(a.bitwiseNot().toString(16), new Int('i32', 0).bitwiseNot().toString());
println(new Int('i8', -1).bitwiseAnd(new Int('u8', 0x0f)).type);
