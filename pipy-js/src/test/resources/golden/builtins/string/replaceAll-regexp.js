println("aXbXc".replaceAll(/x/gi, "-"), "aaa".replaceAll(/a/g, (m, off) => off), "abc".replaceAll(/(?:)/g, "."));
try { "abc".replaceAll(/a/i, ""); } catch (e) { println(e.name); }
try { "abc".replaceAll(new RegExp("a", "y"), ""); } catch (e) { println(e.name); }
println("a.b.c".replaceAll(".", "!"), "a.b.c".replaceAll(/\./g, "!"), "$".replaceAll("$", "$$$$"));
