var rows = [["id", "name"], ["1", "Alice"], ["22", "Bob"]];
for (var r of rows) println(r[0].padStart(4, ".") + " | " + r[1].padEnd(6, "_") + "|");
println("=".repeat(15), "ab".repeat(3).padEnd(8, "!").padStart(10, "?"));
