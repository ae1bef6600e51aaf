println(/(a)\1/.test("aa"), /(a)\1/.test("ab"), /(a|b)\1/.exec("xbb")[0], /(\w+)\s\1/.exec("hello hello world")[0]);
println(JSON.stringify(/(a)|\1b/.exec("b")), JSON.stringify(/\1(a)/.exec("aa")), JSON.stringify(/(a\1)/.exec("aa")));
println(JSON.stringify(/(a)?\1b/.exec("b")), JSON.stringify(/(?:(a)|b)\1c/.exec("bc")), JSON.stringify(/^(["']?)\w+\1$/.exec("'ab'")));
println(/^(["']?)\w+\1$/.test("ab"), /^(["']?)\w+\1$/.test("'ab\""), /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10/.test("abcdefghijj"));
println(/(a)\10/.test("a\b"), /(a)\10/.test("a0"), /(a)(b)\2\1/.test("abba"), /()\1/.test(""), /(a*)\1/.exec("aaaa")[0]);
println(/(?<=(a))\1b/.test("aab"), /(x)(?=\1)/.exec("xx").index);
