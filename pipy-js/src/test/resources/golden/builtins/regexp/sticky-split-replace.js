var re = /a/y;
println(JSON.stringify("aab".split(re)), re.lastIndex, "aab".replace(re, "x"), "baa".replace(re, "x"), re.lastIndex);
var gy = /\d/gy;
println("12a34".replace(gy, "#"), JSON.stringify("12a34".match(gy)), gy.lastIndex);
var y = /foo/y;
y.lastIndex = 3;
println(y.exec("barfoo") !== null, y.lastIndex, y.exec("barfoo"), y.lastIndex);
