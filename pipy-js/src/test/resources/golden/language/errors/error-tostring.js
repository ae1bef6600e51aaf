println(String(new TypeError('t')), String(new Error()), String(new Error('')));
const e = new Error('m'); e.name = 'Custom';
println(String(e));
