var re = /b/g;
re.lastIndex = 2;
println("abc".search(re), re.lastIndex);
var sticky = /b/y;
println("abc".search(sticky), "bc".search(sticky), sticky.lastIndex);
println("abc".search(/(?:)/), "".search(/x/), "a\nb".search(/^b/m), "aAa".search(/A/), "aAa".search(/A/i));
println(RegExp.prototype[Symbol.search].call(/c/, "abc"));
var obj = { lastIndex: 7, exec() { return { index: 42 }; } };
println(RegExp.prototype[Symbol.search].call(obj, "x"), obj.lastIndex);
