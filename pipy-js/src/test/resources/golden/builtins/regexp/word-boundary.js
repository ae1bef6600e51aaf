println(JSON.stringify("cat concat cat's catalog".match(/\bcat\b/g)), "cat concat".replace(/\Bcat/g, "DOG"));
println(/\b/.test(""), /\B/.test(""), /^\b$/.test(""), /\b\b/.test("a"), JSON.stringify("a b".split(/\b/)), JSON.stringify("éa".match(/\b\w/g)));
println(/[\b]/.test("\u0008"), /\bä/.test("ä"), /\bä/u.test("ä"), /x\b/.test("x-"), /x\B/.test("x_"));
