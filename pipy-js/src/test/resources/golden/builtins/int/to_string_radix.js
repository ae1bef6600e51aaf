var i = new Int(255);
println(i.toString(), i.toString(16), i.toString(2), i.toString(36));
println(new Int('u64', -1).toString(16), new Int('i64', -1).toString(16), new Int('i8', -128).toString(2));
try { i.toString(1); } catch (e) { println(e.name); }
i.toString(37);
