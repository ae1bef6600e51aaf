println(JSON.stringify(/(?<=(a))b/.exec("ab")), JSON.stringify(/(?<=\$(\d+)\.)\d+/.exec("$10.53")), JSON.stringify(/(?<!(a))b/.exec("cb")));
println(JSON.stringify("a1b2".replace(/(?<=([a-z]))\d/g, "[$1]")), JSON.stringify(/(?<=^\s*)x/.exec("   x")), /(?<=ab|c)d/.test("abd"));
