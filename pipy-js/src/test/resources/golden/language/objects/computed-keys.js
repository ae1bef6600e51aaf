const k = 'dyn';
const o = { [k]: 1, [k + '2']: 2, [1 + 1]: 'two', [`t${3}`]: 3 };
println(JSON.stringify(o));
