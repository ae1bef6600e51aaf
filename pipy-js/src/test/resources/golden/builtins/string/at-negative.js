var s = "hello";
println([-1, -2, -5, -6, 0, 4, 5, -0, 0.9, -0.9, "-1", "x", [], [2], true].map(i => JSON.stringify(s.at(i))).join(" "));
