let a = 8, b = 2, g = 1;
let r = a / b / g;
println(r);
println(a /b/ g);
const f = () => 0 ? /x/ : a / b;
println(f());
let c = a
/b/g;
println(c);
