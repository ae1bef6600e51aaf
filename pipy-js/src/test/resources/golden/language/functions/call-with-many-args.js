function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
const args = [];
for (let i = 1; i <= 100; i++) args.push(i);
println(sum(...args), sum.apply(null, args));
