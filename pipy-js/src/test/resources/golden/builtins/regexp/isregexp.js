var fake = { [Symbol.match]: true, source: "a.c", flags: "i", toString() { return "FAKE"; } };
println(String(new RegExp(fake)), String(RegExp(fake)), RegExp(fake) === fake);
try { "x".startsWith(fake); } catch (e) { println(e.name); }
var re = /a/;
re[Symbol.match] = false;
println("/a/".includes(re), "a".search(/a/), String(new RegExp(re)));
var m = { [Symbol.match]: 0 };
println(typeof RegExp(m), "[object Object]".endsWith(m));
try { "x".matchAll({ [Symbol.match]: true, flags: "i" }); } catch (e) { println(e.name); }
try { "x".matchAll({ [Symbol.match]: true, flags: undefined }); } catch (e) { println(e.name); }
try { "x".replaceAll({ [Symbol.match]: true, flags: null }, ""); } catch (e) { println(e.name); }
println("a.a".replaceAll({ [Symbol.match]: true, flags: "g", [Symbol.replace]: (s, r) => "R:" + s + r }, "!"));
