function f(n) { return f(n + 1); }
try { f(0); } catch (e) { println('caught', e.name); }
function g(n) { return n === 0 ? 0 : 1 + g(n - 1); }
println(g(500));
