println(/^[\p{L}\s]+$/u.test("héllo wörld"), /^[^\p{L}]+$/u.test("123 !"), /[\P{L}a]/u.test("a"), /[\P{L}a]/u.test("b"), /[^\P{L}]/u.test("b"));
println(/\p{Lu}/iu.test("a"), /\P{Lu}/iu.test("A"), /[\p{Lu}]/iu.test("b"), /^\p{Script=Han}+$/u.test("汉字"), /\p{sc=Hira}/u.test("ひ"));
println(JSON.stringify("Ab1_ c".match(/[\p{Ll}\p{Nd}]/gu)), "ΑΒΓ abc".replace(/\p{Script=Greek}/gu, "G"));
