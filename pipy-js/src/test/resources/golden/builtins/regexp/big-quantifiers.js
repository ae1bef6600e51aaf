println(/^a{0,4294967295}$/.test("aaa"), /^a{3,4294967296}$/.test("aa"), /a{1,}/.exec("aaa")[0], /^(?:ab){0,2}$/.test("ababab"));
try { new RegExp("a{5,4}"); } catch (e) { println(e.name); }
println(/x{00002}/.test("xx"), /x{2,02}/.test("xx"));
