println(JSON.stringify("abc".replace(/x*/g, "-")), JSON.stringify("abc".split(/x*/)), JSON.stringify("abc".match(/x*/g)));
println(JSON.stringify([..."ab".matchAll(/x*/g)].map(m => m.index)), JSON.stringify("ab".replace(/\b/g, "|")), JSON.stringify("ab cd".replace(/\B/g, ".")));
var re = /(?:)/g;
var idx = [];
for (var i = 0; i < 4; i++) { var m = re.exec("ab"); idx.push(m ? m.index + "@" + re.lastIndex : "null@" + re.lastIndex); }
println(idx.join(" "));
println(JSON.stringify("😀".replace(/(?:)/g, "-")), JSON.stringify("😀".replace(/(?:)/gu, "-")), JSON.stringify("😀".split(/(?:)/u)));
