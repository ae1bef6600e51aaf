println(JSON.stringify("abc".match("b")));
"abc".match("(unclosed");
