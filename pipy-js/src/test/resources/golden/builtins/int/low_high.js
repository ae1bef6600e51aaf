var u = new Int('u64', -1);
println(u.low, u.high);
var s = new Int('i64', -1);
println(s.low, s.high);
var x = new Int('i64', '81985529216486895');
println(x.low.toString(16), x.high.toString(16));
