const e = 'outer';
try { throw 'inner'; } catch (e) { println(e); }
println(e);
