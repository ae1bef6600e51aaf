println("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "10" < "9", "é" > "z", "😀" > "\uffff");
println(["b", "a", "C", "é", "A"].sort().join(""), ["b", "a", "C", "é", "A"].sort((x, y) => x.localeCompare(y)).join(""));
println("a" == new String("a"), "a" === new String("a"), new String("a") == new String("a"), "1" == 1, "abc" === "ab" + "c");
