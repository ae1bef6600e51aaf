println(new Int('i64', '9223372036854775807').toString());
println(new Int('i64', '-9223372036854775808').toString());
println(new Int('u8', '511').toString(), new Int('i32', '  -12abc').toString(), new Int('i32', 'abc').toString());
println(new Int('i64', '99999999999999999999').toString());
