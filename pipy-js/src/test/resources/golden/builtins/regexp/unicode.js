println(/\u{1F600}/u.test("😀"), /\u{1F600}/.test("u".repeat(0) + "😀"), /^[😀]$/u.test("😀"), /\ud83d\ude00/.test("😀"), /\ud83d\ude00/u.test("😀"));
println("😀x".match(/./u)[0] === "😀", "😀".replace(/(?:)/gu, "-"), JSON.stringify("a😀b".split(/(?:)/u)), "😀".match(/./gu).length);
println(/^[\u{1F600}-\u{1F64F}]+$/u.test("😀😃🙏"), /[^a]/u.exec("😀")[0].length, /\p{Lu}/u.test("É"), /\p{Lu}/u.test("é"), /\P{L}/u.test("1"));
println(/\p{Script=Greek}/u.test("α"), /\p{sc=Cyrillic}/u.test("ж"), /\p{L}+/u.exec("1 héllo")[0], /\p{Nd}/u.test("٣"), /[\p{L}\p{N}]+/u.exec("-ab12-")[0]);
println(/\p{ASCII}/u.test("a"), /\p{ASCII}/u.test("é"), /\p{Any}/u.test("\n"), /\p{Alphabetic}/u.test("ä"), /\p{White_Space}/u.test("\u3000"));
println(/\P{ASCII}/u.test("é"), /[^\p{L}]/u.test("a"), /[^\P{L}]/u.test("a"), /\p{Uppercase_Letter}/u.test("A"), /\p{Letter}/u.test("1"));
var re = /\u{61}/gu;
println("aaa".replace(re, "b"), re.unicode, re.source);
