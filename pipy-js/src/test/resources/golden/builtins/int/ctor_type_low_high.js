println(new Int('u64', -1, -1).toString());
println(new Int('i64', 0, -2147483648).toString());
println(new Int('u32', 5, 1).toString(), new Int('i16', 65535, 0).toString());
