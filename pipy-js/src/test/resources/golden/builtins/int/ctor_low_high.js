var i = new Int(1, 1);
println(i.toString(), i.type, i.low, i.high);
var m = new Int(-1, -1);
println(m.toString(), m.low, m.high);
var big = new Int(0, 0x7fffffff);
println(big.toString());
println(new Int(0xffffffff, 0).toString(), new Int(-1, 0).toString());
