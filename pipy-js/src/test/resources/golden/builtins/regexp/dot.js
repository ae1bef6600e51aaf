println(/./.test("\n"), /./.test("\r"), /./.test("\u2028"), /./.test("\u2029"), /./.test("\u0085"), /./.test("\v"), /./.test("\0"));
println(/./s.test("\n"), /./s.test("\r"), /./s.test("\u2028"), /^.$/s.test("\r"), /a.b/s.exec("a\nb")[0].length);
println(/^.$/u.test("😀"), /^..$/.test("😀") || /^.$/.test("😀"), /^.$/su.test("\u{10FFFF}"));
println(JSON.stringify("a\nb\rc".match(/./g)), JSON.stringify("a\nb".match(/.+/gs)));
