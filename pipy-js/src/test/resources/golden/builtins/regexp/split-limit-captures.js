println(JSON.stringify("a1b2c3d".split(/(\d)/, 0)), JSON.stringify("a1b2c3d".split(/(\d)/, 1)), JSON.stringify("a1b2c3d".split(/(\d)/, 3)), JSON.stringify("a1b2c3d".split(/(\d)/, 4)));
println(JSON.stringify("a1b2".split(/(\d)(x)?/)), JSON.stringify("abc".split(/(?:)/, 2)), JSON.stringify("".split(/(?:)/, 1)));
