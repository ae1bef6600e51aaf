println(JSON.stringify("a b c".split(" ", 2 ** 32)), JSON.stringify("a b c".split(" ", 2 ** 32 + 1)), JSON.stringify("a b c".split(" ", -2 ** 32 + 2)));
println(JSON.stringify("a b c".split(" ", "2")), JSON.stringify("a b c".split(" ", true)), JSON.stringify("a b c".split(" ", null)), JSON.stringify("a b c".split(" ", {})));
