var a = 1, b = "two";
println(`a=${a}, b=${b}, sum=${a + 1}`, `${[1, 2]}`, `${{}}`, `${null} ${undefined}`, `multi
line`.length);
var tag = (strs, ...vals) => strs.raw.join("|") + ":" + vals.join(",");
println(tag`x${1}y\n${2}z`);
var obj = { toString() { return "T"; }, valueOf() { return "V"; } };
println(`${obj}`, "" + obj, String(obj), obj + "");
