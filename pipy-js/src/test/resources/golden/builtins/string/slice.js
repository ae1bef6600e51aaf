var s = "The morning is upon us.";
println(s.slice(4, -2), s.slice(-3), s.slice(-3, -1), s.slice(0, -1), s.slice(12), s.slice(30) === "");
println(JSON.stringify([s.slice(5, 2), s.slice(-100, 3), s.slice(NaN, 3), s.slice(3, NaN), s.slice(2, "5"), s.slice(undefined, 3)]));
println(s.slice(), s.slice(-Infinity, Infinity) === s, "abc".slice(1, undefined));
println(String.prototype.slice.call(123456, 1, 3));
