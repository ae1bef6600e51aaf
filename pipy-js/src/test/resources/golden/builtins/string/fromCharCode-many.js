var codes = [];
for (var i = 0; i < 26; i++) codes.push(97 + i);
println(String.fromCharCode(...codes), String.fromCharCode.apply(null, [72, 105]), String.fromCodePoint(...[0x1F600, 0x1F64F].map(x => x)).length);
println(String.fromCharCode(0xd83d) + String.fromCharCode(0xde00) === "😀", [..."ab"].map(c => c.charCodeAt(0)).join());
