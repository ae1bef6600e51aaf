println(/^b/.test("a\nb"), /^b/m.test("a\nb"), /^b/m.test("a\rb"), /^b/m.test("a\u2028b"), /^b/m.test("a\u0085b"));
println(/a$/.test("a\n"), /a$/m.test("a\n"), /a$/m.test("a\r\n"), /a$/m.test("a\u2029"), /a$/.test("ba"), /a$/m.test("a\u0085"));
println(JSON.stringify("x\r\ny".split(/$/m)), JSON.stringify("x\r\ny".split(/^/m)), JSON.stringify("1\n2\n3".match(/^\d$/gm)));
println(JSON.stringify("ab\ncd".replace(/^/gm, "> ")), JSON.stringify("ab\ncd".replace(/$/gm, ";")), JSON.stringify("ab".replace(/$/g, "!")));
println(/^$/.test(""), /^$/m.test("a\n"), /a^b/.test("a^b"), /$a/.test("$a"), /\^\$/.test("^$"));
var re = /^a/g; re.lastIndex = 1;
println(re.test("aa"), /(?:^|,)b/.exec("a,b").index);
