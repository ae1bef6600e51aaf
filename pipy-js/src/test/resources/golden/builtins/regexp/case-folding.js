println(/\u212a/i.test("k"), /\u212a/iu.test("k"), /\u017f/i.test("s"), /\u017f/iu.test("S"), /\u0131/i.test("I"), /\u0131/iu.test("i"));
println(/\w/i.test("\u017f"), /\w/iu.test("\u017f"), /\w/iu.test("\u212a"), /\W/iu.test("s"), /\W/i.test("s"), /[^\W]/iu.test("\u017f"));
println(/\bK/iu.test("\u212a"), /a\b/iu.test("a\u017f"), /a\b/i.test("a\u017f"));
println(/\u2126/i.test("\u03c9"), /\u2126/iu.test("\u03c9"), /\u1e9e/i.test("\u00df"), /\u1e9e/iu.test("\u00df"), /\u00df/i.test("SS"));
println(/[a-f]/i.test("D"), /[^a-f]/i.test("D"), /[\u00c0-\u00de]/i.test("\u00e9"), /[k]/i.test("\u212a"), /[k]/iu.test("\u212a"));
println(/(\u00e9)\1/i.test("\u00e9\u00c9"), /(b)\1/i.test("bB"), /(?<x>é)\k<x>/i.test("éÉ"));
println(/\p{Lu}/iu.test("a"), /[\p{Ll}]/iu.test("A"), /ǅ/i.test("Ǆ"), /ǅ/iu.test("ǆ"));
println(/\u{10400}/iu.test("\u{10428}"), /\u{10400}/i.test("\u{10428}"));
