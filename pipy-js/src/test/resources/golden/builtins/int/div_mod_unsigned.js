var a = new Int('u64', -1);
println(a.div(new Int('u64', 2)).toString(), a.mod(new Int('u64', 10)).toString());
println(new Int('u32', -1).div(new Int('u32', 3)).toString());
println(new Int('i64', -9).div(new Int('i64', 4)).toString(), new Int('i64', -9).mod(new Int('i64', 4)).toString());
