println(JSON.stringify("a1b2c3".split(/\d/)), JSON.stringify("a1b2c3".split(/(\d)/)), JSON.stringify("a1b2c3".split(/\d/, 2)), JSON.stringify("a1b2c3".split(/(\d)/, 2)));
println(JSON.stringify("abc".split(/(?:)/)), JSON.stringify("".split(/x/)), JSON.stringify("".split(/(?:)/)), JSON.stringify("abc".split(/$/)), JSON.stringify("abc".split(/^/)));
println(JSON.stringify("a, b ,c".split(/\s*,\s*/)), JSON.stringify("one  two".split(/(\s)+/)), JSON.stringify("ab".split(/(a)|(b)/)));
println(JSON.stringify("test".split(/(?=t)/)), JSON.stringify("aXbxC".split(/x/i)), JSON.stringify("a\nb\r\nc".split(/\r?\n/)));
println(JSON.stringify("abc".split(/b*/)), JSON.stringify("abc".split(/(b)*/)), JSON.stringify("xAyBz".split(/[A-Z]/, 0)), JSON.stringify("x,y".split(/,/, -1)));
var re = /,/g; re.lastIndex = 3;
println(JSON.stringify("a,b,c".split(re)), re.lastIndex);
println(JSON.stringify("😀😀".split(/(?:)/u)), JSON.stringify("😀".split(/(?:)/)).length);
println(JSON.stringify(RegExp.prototype[Symbol.split].call(/-/, "a-b-c", 2)));
