println("a-b-c".replaceAll("-", "+"), "aaaa".replaceAll("aa", "b"), "abc".replaceAll("", "-"));
println("xyz".replaceAll("q", "w"), "".replaceAll("", "x"), "aaa".replaceAll("a", "$&$&"));
println("a.b.c".replaceAll(".", (m, i) => i));
println("dog dog".replaceAll(/dog/g, "cat"), "Dog dog".replaceAll(/dog/gi, (m) => m.length));
try { "abc".replaceAll(/b/, "x"); } catch (e) { println(e.name); }
println("abab".replaceAll("ab", "$'"), "abab".replaceAll("b", "$`"));
var re = /b/g; re[Symbol.match] = false;
println("abc".replaceAll(re, "!"));
try { String.prototype.replaceAll.call(undefined, "a", "b"); } catch (e) { println(e.name); }
