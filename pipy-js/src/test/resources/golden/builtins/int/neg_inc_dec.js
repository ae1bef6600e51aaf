println(new Int('u8', 1).neg().toString(), new Int('i8', -128).neg().toString(), new Int(5).neg().toString());
println(new Int('u8', 255).inc().toString(), new Int('i8', 127).inc().toString(), new Int('u16', 0).dec().toString());
println(new Int('i64', '-9223372036854775808').dec().toString());
