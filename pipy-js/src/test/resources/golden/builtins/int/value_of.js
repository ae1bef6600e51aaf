println(new Int('u64', -1).valueOf(), new Int('i64', -1).valueOf());
println(new Int(5) * 2, new Int(5) + 1, new Int(10) > new Int(9), +new Int('u8', 255));
println(Number(new Int('u32', -1)), String(new Int('u32', -1)));
println(JSON.stringify({ n: new Int(12) }), `${new Int('i8', -5)}`);
