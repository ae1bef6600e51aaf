println(/a*/.exec("aaa")[0], /a*?/.exec("aaa")[0], /a+?/.exec("aaa")[0], /a??/.exec("a")[0] === "", /a{2}/.exec("aaaa")[0], /a{2,}/.exec("aaaa")[0]);
println(/a{2,3}/.exec("aaaa")[0], /a{2,3}?/.exec("aaaa")[0], /a{0}/.exec("a")[0] === "", /(ab){2}/.exec("ababab")[0], /a{1,1}/.exec("aa")[0]);
println(JSON.stringify(/(a|ab)(c|bcd)(d*)/.exec("abcd")), JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")));
println(JSON.stringify(/(a*)*/.exec("b")), JSON.stringify(/(a*)+/.exec("b")), JSON.stringify(/(?:a|b)*?c/.exec("abc")));
println(JSON.stringify(/<.*>/.exec("<a><b>")), JSON.stringify(/<.*?>/.exec("<a><b>")), /x{3,5}/.test("xx"), /\d{3}-\d{4}/.test("555-1234"));
println(/a{99999}/.test("a"), /^a{0,2147483647}$/.test("aaa"), new RegExp("a{" + "9".repeat(20) + "}").test("a"));
