println("x".normalize("NFKD"));
"x".normalize("NFX");
