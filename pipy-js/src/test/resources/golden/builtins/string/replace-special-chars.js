println("a+b".replace("+", "-"), "a.b".replace(".", "$"), "a$b".replace("$", "$$"), "a^b".replace("^", "[$&]"), "()".replace("(", "\\("));
println("x".replace("x", "$`$'|"), "abc".replace("", "$'"), "abc".replace("", "$`"), "abc".replaceAll("", "$&."), "aa".replaceAll("a", "$$"));
