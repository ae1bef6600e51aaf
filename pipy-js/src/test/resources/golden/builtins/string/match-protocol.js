var custom = { [Symbol.match](s) { return "custom:" + s; } };
println("abc".match(custom));
println(String.prototype.match.call(123, { [Symbol.match](s) { return typeof s; } }));
try { "abc".match({ [Symbol.match]: 42 }); } catch (e) { println(e.name); }
try { String.prototype.match.call(undefined, /a/); } catch (e) { println(e.name); }
var o = { toString() { return "b+"; } };
println(JSON.stringify("abbb".match(o)));
try { "a".match("("); } catch (e) { println(e.name); }
