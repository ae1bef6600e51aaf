var m = new Map([{0: 'k', 1: 'v'}, 'xy'.split('')]);
println(JSON.stringify([...m]));
var m2 = new Map([[]]);
println(m2.size, m2.has(undefined), m2.get(undefined));
