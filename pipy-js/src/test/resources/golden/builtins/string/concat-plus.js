var s = "";
for (var i = 0; i < 5; i++) s = s.concat(i, "-");
println(s, s.length, "a" + 1 + 2, 1 + 2 + "a", "a" + null + undefined + true, "x" + [1, [2]] + {});
println("" + 0.1, "" + -0, "" + 1e21, "" + 1 / 3, "" + NaN, "" + -Infinity, "" + 255..toString(16));
