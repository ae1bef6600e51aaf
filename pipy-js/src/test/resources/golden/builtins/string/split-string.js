println(JSON.stringify("a,b,,c".split(",")), JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("abc".split("")));
println(JSON.stringify("abc".split()), JSON.stringify("abc".split(undefined, 0)), JSON.stringify("".split(",")), JSON.stringify("".split("")));
println(JSON.stringify("a, b, c".split(", ")), JSON.stringify("aXbXc".split("X", -1)), JSON.stringify("abc".split("", 2)));
println(JSON.stringify("a1b1c".split(1)), JSON.stringify("anullb".split(null)), JSON.stringify("ab".split("ab")), JSON.stringify("ab".split("abc")));
println(JSON.stringify("😀x".split("")), JSON.stringify("a,b".split(",", 4294967297)), JSON.stringify("a,b".split(",", 0)));
println(JSON.stringify("a,b,c".split(",", 2.9)), JSON.stringify("a,b,c".split(",", "1")), JSON.stringify("a,b".split(",", NaN)));
