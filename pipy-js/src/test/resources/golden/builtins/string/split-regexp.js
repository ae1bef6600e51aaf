println(JSON.stringify("a1b2c3".split(/\d/)), JSON.stringify("2024-01-02T10:20".split(/[-T:]/)), JSON.stringify("abc".split(/(b)/)));
println(JSON.stringify("a b  c".split(/ /)), JSON.stringify("a b  c".split(/ +/)), JSON.stringify("a,b;c".split(/[,;]/, 2)));
println(JSON.stringify("Hello".split(/(?:)/, 3)), JSON.stringify("x".split(/x/)), JSON.stringify("xx".split(/x/)), JSON.stringify("axbxc".split(/(x)/, 3)));
