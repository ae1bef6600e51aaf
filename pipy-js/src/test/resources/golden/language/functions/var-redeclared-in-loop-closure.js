var fs = [];
for (var i = 0; i < 2; i++) { var j = i; fs.push(function () { return j; }); }
println(fs[0](), fs[1]());
