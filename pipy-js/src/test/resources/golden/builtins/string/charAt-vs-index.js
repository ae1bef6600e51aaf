var s = "abc";
println([0, 1, 2, 3, -1, "1", 1.5].map(i => JSON.stringify(s[i]) + "/" + JSON.stringify(s.charAt(i))).join(" "));
