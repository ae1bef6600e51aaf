const k = 'x';
const o = { [`${k}-${`y`}`]: 1 };
println(Object.keys(o)[0]);
