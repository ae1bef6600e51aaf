function show(a, b) { var r = a.add(b); println(a.type + '+' + b.type, '=', r.type, r.toString()); }
show(new Int('i8', 100), new Int('i8', 100));
show(new Int('i8', 100), new Int('u8', 200));
show(new Int('u8', 200), new Int('u8', 100));
show(new Int('u16', 60000), new Int('i16', 1));
show(new Int('u32', -1), new Int('i32', 1));
show(new Int('u32', -1), new Int('u32', 1));
show(new Int('i64', -1), new Int('u64', 1));
show(new Int('i8', -1), new Int('u64', 0));
show(new Int('u8', 1), new Int('i64', -2));
