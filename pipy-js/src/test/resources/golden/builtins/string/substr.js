var s = "Mozilla";
println(s.substr(1, 2), s.substr(-3, 2), s.substr(-3), s.substr(1), s.substr(-20, 2), s.substr(20, 2) === "");
println(JSON.stringify([s.substr(2, -1), s.substr(2, 0), s.substr(2, NaN), s.substr(NaN, 2), s.substr(2, Infinity), s.substr(-Infinity, 3)]));
println(s.substr(), s.substr(undefined, 3), s.substr(1, undefined));
println(String.prototype.substr.length, String.prototype.substr.call(12345, 1, 2));
