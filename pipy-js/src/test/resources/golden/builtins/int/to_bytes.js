println(JSON.stringify(new Int('u8', 0xab).toBytes()));
println(JSON.stringify(new Int('u16', 0x1234).toBytes()));
println(JSON.stringify(new Int('i32', -2).toBytes()));
println(JSON.stringify(new Int(0x01020304, 0x05060708).toBytes()));
var i = new Int([9, 8, 7, 6]);
println(JSON.stringify(new Int(i.type, i.toBytes()) .toBytes()), i.type);
