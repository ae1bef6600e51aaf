function f(s) { return /x/.test(s); }
function g() { return typeof /re/; }
println(typeof f, typeof g);
