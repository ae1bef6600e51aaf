function f(a = b, b = 1) { return a; }
try { f(); } catch (e) { println(e.name); }
println(f(5));
