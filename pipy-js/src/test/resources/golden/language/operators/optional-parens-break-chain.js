const a = null;
try { (a?.b).c; } catch (e) { println(e.constructor.name); }
println(a?.b);
