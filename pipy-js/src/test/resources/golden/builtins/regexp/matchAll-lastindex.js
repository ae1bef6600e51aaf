var re = /\d/g;
re.lastIndex = 2;
var it = re[Symbol.matchAll]("1234");
re.lastIndex = 0;
println(JSON.stringify([...it].map(m => m[0])), re.lastIndex);
var str = "x1x2";
var r2 = /x(\d)/g;
var it2 = str.matchAll(r2);
println(r2.lastIndex, JSON.stringify(it2.next().value.slice()), r2.lastIndex);
