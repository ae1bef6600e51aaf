const o = { m() {} };
try { new o.m(); } catch (e) { println(e.name); }
println(o.m.prototype);
