println(JSON.stringify("The rain in SPAIN".match(/ain/g)), JSON.stringify("The rain in SPAIN".match(/ain/gi)), "abc".match(/x/g));
println(JSON.stringify("abc".match(/(?:)/g)), JSON.stringify("aaa".match(/a*?/g)), JSON.stringify("a1b22".match(/\d+/g)));
var re = /a/g; re.lastIndex = 2;
println(JSON.stringify("aaa".match(re)), re.lastIndex);
var m = "x1y2".match(/(\w)(\d)/);
println(JSON.stringify(m), m.index, m.input);
println(JSON.stringify("😀😀".match(/(?:)/gu)), JSON.stringify("😀".match(/(?:)/g)));
println(JSON.stringify(RegExp.prototype[Symbol.match].call(/b/g, "abcb")));
