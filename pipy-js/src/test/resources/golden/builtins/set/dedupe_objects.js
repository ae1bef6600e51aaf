var a = {}, b = {};
var s = new Set([a, b, a, [], []]);
println(s.size, s.has(a), s.has({}));
