const o = { set x(v) { this.x = v; } };
try { o.x = 1; } catch (e) { println(e.name); }
