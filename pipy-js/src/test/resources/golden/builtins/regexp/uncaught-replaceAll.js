println("aa".replaceAll(/a/g, "b"));
"aa".replaceAll(/a/, "b");
