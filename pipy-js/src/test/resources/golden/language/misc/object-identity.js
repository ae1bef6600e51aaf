const a = {}, b = {};
println(a === a, a === b, [a].includes(a), [a].indexOf(b));
