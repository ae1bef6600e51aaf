var re = /(a)(?<n>b)?/;
println("ab".replace(re, "[$1$2$3]"), "a".replace(re, "[$1|$2|$<n>]"), "ab".replace(re, "$<n"), "ab".replace(re, "$<>"), "ab".replace(re, "$$1"));
println("abc".replace(/b/, "$'$'"), "abc".replace(/b/, "$`$`"), "abc".replace(/b/, "$"), "abc".replace(/b/, "$$$"), "abc".replace(/b/, "x$&y"));
println("abc".replace(/(b)/g, "$11"), "abc".replace(/(b)/g, "$99"), "abc".replace(/b/g, "$1"), "abc".replace(/b/g, "$<x>"));
