var long = "ab".repeat(1000) + "needle" + "ab".repeat(1000);
println(long.indexOf("needle"), long.lastIndexOf("needle"), long.includes("needle", 2001), long.includes("needle", 2000), long.indexOf("needle", -1e9));
println("".indexOf(""), "".lastIndexOf(""), "".includes(""), "".startsWith(""), "".endsWith(""), "abc".indexOf("abcd"));
println("aaa".indexOf("aa", 1), "aaa".indexOf("aa", 2), "aaa".lastIndexOf("aa", 0), "aaa".lastIndexOf("a", -1));
