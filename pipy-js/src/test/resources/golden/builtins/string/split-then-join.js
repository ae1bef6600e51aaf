var path = "/usr/local//bin/";
println(JSON.stringify(path.split("/")), path.split("/").filter(Boolean).join("/"), JSON.stringify("a=1&b=2&c".split("&").map(kv => kv.split("="))));
println(JSON.stringify("line1\nline2\n".split("\n")), JSON.stringify("no-sep".split("|")), "a b c".split(" ").reverse().join(" "));
