println(String.fromCharCode(65, 66, 67), String.fromCharCode(), JSON.stringify(String.fromCharCode(0)).length);
println(String.fromCharCode(0x10041), String.fromCharCode(-65471), String.fromCharCode(65.9), String.fromCharCode("66"));
println(String.fromCharCode(0xd83d, 0xde00) === "😀", String.fromCharCode(NaN).charCodeAt(0), String.fromCharCode(Infinity).charCodeAt(0));
println(String.fromCharCode.length, String.fromCharCode({ valueOf() { return 97; } }));
try { String.fromCharCode(Symbol()); } catch (e) { println(e.name); }
