var d1 = new Date(0), d2 = new Date(0);
var m = new Map([[d1, 'a']]);
println(m.has(d1), m.has(d2), d1.getTime() === d2.getTime(), d1 == d2);
