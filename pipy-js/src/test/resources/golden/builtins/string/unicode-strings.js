var s = "a😀b";
println(s.length, [...s].length, s.split("").length, s.indexOf("b"), s.slice(1, 3) === "😀", s.slice(1, 2).length, s.codePointAt(1).toString(16));
println(JSON.stringify(s.substring(2)), s.at(-2).charCodeAt(0).toString(16), JSON.stringify("\u00e9" === "e\u0301".normalize()), "ﬁ".toUpperCase());
println(JSON.stringify("😀".split("")), "😀".charAt(0).length, String.fromCodePoint(...[..."ab😀"].map(c => c.codePointAt(0) + 1)));
println(JSON.stringify("\ud800"), "\ud800".length, ("\ud83d" + "\ude00") === "😀", encodeURIComponent("é😀"));
