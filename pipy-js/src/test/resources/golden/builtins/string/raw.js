println(String.raw`a\nb${1 + 1}c\t`);
println(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3), String.raw({ raw: "abc" }, "-", "+"));
println(JSON.stringify(String.raw({ raw: [] }, 1)), String.raw({ raw: { length: 2, 0: "a", 1: "b" } }, 9));
println(String.raw({ raw: ["a", "b", "c"] }), String.raw({ raw: ["a", "b"] }, undefined, 3));
try { String.raw(); } catch (e) { println(e.name); }
try { String.raw({}); } catch (e) { println(e.name); }
println(String.raw.length, String.raw`\u{zzz}` === "\\u{zzz}");
