var objs = [];
for (var i = 0; i < 3; i++) objs.push(/a/g);
println(objs[0] === objs[1], objs[1] === objs[2]);
objs[0].test("aa");
println(objs[0].lastIndex, objs[1].lastIndex);
function f() { return /x(\d)/g; }
var a = f(), b = f();
println(a !== b, a.exec("x1x2")[1], b.exec("x1x2")[1], a.exec("x1x2")[1]);
var total = 0;
for (var k = 0; k < 20000; k++) if (/^(\d+)-(\w+)$/.test(k + "-id")) total++;
println(total);
var s = "";
for (var k = 0; k < 1000; k++) s += "ab";
println(s.replace(/b/g, "").length, s.split(/a/).length, s.match(/ab/g).length);
