var pats = [/a\/b/, /[/]/, /\n/, /(?:)/, /\\/, /a|b/g, /[\]\/]/i, /\u{1F600}/u];
println(pats.map(p => { var q = new RegExp(p.source, p.flags); return String(q) === String(p) && q.test("a/b\n\\]😀"); }).join());
println(pats.map(String).join(" "));
