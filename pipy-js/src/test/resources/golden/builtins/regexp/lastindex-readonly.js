var re = /a/g;
Object.defineProperty(re, "lastIndex", { writable: false });
try { re.exec("aa"); println("no error"); } catch (e) { println(e.name); }
try { re.test("b"); println("no error"); } catch (e) { println(e.name); }
var plain = /a/;
Object.defineProperty(plain, "lastIndex", { writable: false, value: 0 });
println(plain.test("a"), plain.lastIndex);
var frozen = Object.freeze(/a/y);
try { frozen.test("a"); } catch (e) { println(e.name); }
try { "aa".replace(Object.freeze(/a/g), "b"); } catch (e) { println(e.name); }
var li = /a/g;
li.lastIndex = { valueOf() { return 1; } };
println(li.exec("aa").index, li.lastIndex);
