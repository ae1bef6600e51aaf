println(/#x/.test("#x"), /a #comment/.test("a #comment"), / /.test(" "), /\#/.test("#"), /(?:#)/.test("#"));
println(/\Qa.b\E/.test("Qa.bE"), /\Qa.b\E/.test("a.b"), /a\Z/.test("aZ"), /\h\H\v/.test("hH\v"), /\R/.test("R"), /\X/.test("X"));
println(/[a&&[b]]/.test("&"), /[a&&[b]]/.test("["), /[a&&[b]]/.test("b]"), /[\[]/.test("["), /[x[:alpha:]]/.test(":"), /[[:digit:]]/.test("5"));
println(/\p{Alpha}/.test("p{Alpha}"), /\p{L}/.test("L"), /a{,}/.test("a{,}"), /\N/.test("N"), /\Ga/.test("Ga"), /\e/.test("\x1b"));
println(/$(?<n>a)/.test("a"), /\$/.test("$"), /[$]/.test("$"), "a$b".split(/\$/).join("|"), /\uD83D/.test("\ud83d"));
