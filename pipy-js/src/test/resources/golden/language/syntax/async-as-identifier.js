function async(x) { return 'async called ' + x; }
println(async(1));
const o = { async: 2 };
println(o.async);
