const c = 1;
c ||= 2;
println('no error', c);
try { c &&= 2; } catch (e) { println(e.name); }
