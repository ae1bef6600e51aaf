println("aaa".replace(/a/, "b"), "aaa".replace(/a/g, "b"), "AaA".replace(/a/gi, "b"), "abc".replace(/(a)(b)(c)/, "$3$2$1"));
println("x-y".replace(/(?<a>\w)-(?<b>\w)/, "$<b>-$<a>"), "tab\there".replace(/\t/, "\\t"), "a.b".replace(/\./g, "$$"));
println("one two".replace(/(\w+) (\w+)/, (m, a, b, off, s) => [b, a, off, s.length].join("|")));
