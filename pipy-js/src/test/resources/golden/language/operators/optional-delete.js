const o = { a: 1 };
let n = null;
println(delete o?.a, 'a' in o, delete n?.a);
