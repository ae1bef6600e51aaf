const of = 1, get = 2, set = 3, as = 4, from = 5, async = 6, target = 7;
println(of + get + set + as + from + async + target);
const o = { get: 1, set: 2, static: 3, of: 4 };
println(o.get + o.set + o.static + o.of);
