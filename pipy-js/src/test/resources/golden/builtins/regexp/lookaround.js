println(/\d+(?=%)/.exec("100% of 20")[0], /\d+(?!%)/.exec("100% of 20")[0], /(?<=\$)\d+/.exec("cost $30")[0], /(?<!\$)\b\d+/.exec("$30 or 40")[0]);
println(JSON.stringify("a1b2c3".match(/(?<=[a-z])\d/g)), JSON.stringify("price: 42 EUR".match(/(?<=: )\d+(?= EUR)/)));
println(JSON.stringify(/(?=(a+))a*b\1/.exec("baaabac")), JSON.stringify(/(?=(\w+))/.exec("abc")));
println(JSON.stringify(/(?<=(\d)(\d+))$/.test("1053")), JSON.stringify(/(?<=\1(a))b/.exec("aab")));
println(/(?<=^|,)x/.test("a,x"), /(?<!^)x/.test("x"), /(?<=a{2})b/.test("aab"), /(?<=a+)b/.test("aaab"));
println(JSON.stringify("abc".split(/(?=b)/)), JSON.stringify("1234567".replace(/\B(?=(\d{3})+(?!\d))/g, ",")));
