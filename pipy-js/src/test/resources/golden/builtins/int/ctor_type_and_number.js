println(new Int('u8', 300).toString(), new Int('i8', 200).toString(), new Int('i8', -129).toString());
println(new Int('u16', -1).toString(), new Int('i16', 40000).toString(), new Int('u32', -1).toString());
println(new Int('i32', 2 ** 31).toString(), new Int('u64', -1).toString(), new Int('i64', -1).toString());
println(new Int('u8', 3.99).toString(), new Int('i32', -3.99).toString());
