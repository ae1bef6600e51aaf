println(JSON.stringify("abcabc".match("b")));
var m = "abcabc".match("b");
println(m.index, m.input, m.length, m.groups);
println(JSON.stringify("a.c".match(".")), JSON.stringify("xyz".match("q")));
println(JSON.stringify("aXbX".match(/x/gi)), "abc".match(/z/g));
println(JSON.stringify("abc".match()), "abc".match().index);
println(JSON.stringify("undefined".match(undefined)));
println(JSON.stringify("null".match(null)));
println(JSON.stringify("1+1=2".match("1+")));
