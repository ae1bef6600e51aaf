var re = /(\w)(\d)?/g;
var s = "a1bc3";
var out = [];
for (var m; (m = re.exec(s));) out.push(m.index + ":" + m[0] + ":" + m[2] + ":" + (m.input === s));
println(out.join(" "));
