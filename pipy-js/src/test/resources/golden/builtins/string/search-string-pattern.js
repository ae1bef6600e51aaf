println("a+b".search("+b".replace("+", "\\+")), "abc".search("b|c"), "a.c".search("\\."), "x*".search("\\*"), "abc".search(""));
try { "abc".search("*"); } catch (e) { println(e.name); }
println("ABC".search({ toString() { return "b"; } }), "ABC".search({ toString() { return "B"; } }));
