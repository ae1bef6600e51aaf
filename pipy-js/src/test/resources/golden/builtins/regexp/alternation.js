println(/a|ab/.exec("abc")[0], /ab|a/.exec("abc")[0], /|a/.exec("a")[0] === "", /a|/.exec("b")[0] === "", /(a|b|)+/.exec("abx")[0]);
println(JSON.stringify("cat dog bird".match(/cat|bird/g)), /^(?:yes|no)$/.test("yes"), /^(?:yes|no)$/.test("yesno"));
println(JSON.stringify(/(a)|(b)/.exec("b")), JSON.stringify("ab".match(/(a)|(b)/g)));
