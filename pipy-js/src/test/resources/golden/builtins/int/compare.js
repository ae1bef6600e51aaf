var u = new Int('u64', -1), s = new Int('i64', -1), z = new Int('u8', 0);
println(u.compare(s), s.compare(u), s.compare(z), z.compare(s), u.compare(u), z.compare(0));
println(u.equals(s), new Int('u8', 5).equals(new Int('i64', 5)), new Int('i32', -1).equals(new Int('u32', -1)));
println(new Int(3).compare(new Int(5)), new Int(5).compare(3), new Int(3).equals(3));
println(new Int('u32', 5).compare(new Int('i32', 3)), new Int('i32', 3).compare(new Int('u32', 5)), new Int('i32', -3).compare(new Int('u32', 5)));
