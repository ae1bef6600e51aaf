println(/[abc]/.test("b"), /[^abc]/.test("b"), /[a-z]/.test("m"), /[a-z]/.test("M"), /[-a]/.test("-"), /[a-]/.test("-"), /[a\-z]/.test("-"));
println(/[]/.test("a"), /[]/.test(""), /[^]/.test("\n"), /a[]b/.test("ab"), /[^]/.test(""), /[]a]/.test("]"), /[]a]/.test("a]"));
println(/[[]/.test("["), /[a[b]c]/.test("ac]"), /[a[b]c]/.test("[c]"), /[a&&b]/.test("&"), /[a&&b]/.test("b"), /[^&&]/.test("&"));
println(/[\]]/.test("]"), /[\\]/.test("\\"), /[.]/.test("x"), /[$^]/.test("^"), /[|]/.test("|"), /[(){}*+?]/.test("}"));
println(/[\d-z]/.test("-"), /[\d-z]/.test("5"), /[\d-z]/.test("m"), /[a-\d]/.test("-"), /[%--]/.test(","), /[--0]/.test("/"));
println(/[\b]/.test("\b"), /[\b]/.test("b"), /[\0]/.test("\0"), /[\x41-\x43]/.test("B"), /[\u0041-\u0043]/.test("C"));
println(/[#]/.test("#"), /[ ]/.test(" "), / # x/.test(" # x"), /a b/.test("ab"), /[\s\S]/.test("\u2028"), /[^\s\S]/.test("a"));
println(/[\w-]/.test("-"), /[\W\d]/.test("5"), /[^\W]/.test("_"), /[\D]/.test("a"), /[^\D]/.test("7"));
