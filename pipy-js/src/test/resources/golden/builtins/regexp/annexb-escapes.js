println(/\8/.test("8"), /\9/.test("9"), /\1/.test("\x01"), /\07/.test("\x07"), /\101/.test("A"), /\400/.test("\x200"));
println(/\q/.test("q"), /\e/.test("e"), /\k/.test("k"), /\p{L}/.test("p{L}"), /\P/.test("P"), /\Q\E/.test("QE"));
println(/\c/.test("\\c"), /\cJ/.test("\n"), /\cj/.test("\n"), /\c1/.test("\\c1"), /[\c1]/.test("\x11"), /[\c_]/.test("\x1f"), /[\c]/.test("c"));
println(/a{/.test("a{"), /a{1/.test("a{1"), /a{,5}/.test("a{,5}"), /{}/.test("{}"), /x}/.test("x}"), /]/.test("]"));
println(/\x4/.test("x4"), /\u12/.test("u12"), /\u{41}/.test("A"), /\u{2}/.test("uu"), /\x{41}/.test("x".repeat(41)));
println(/\z\Z\A\G\h\R/.test("zZAGhR"), /[\z]/.test("z"), /\_/.test("_"), /\ /.test(" "));
println(/(?=a)*b/.test("b"), /(?!a)+b/.test("b"), /(?=a){2}a/.test("a"));
