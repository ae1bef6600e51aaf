const o = { get x() { return this.x; } };
try { o.x; } catch (e) { println(e.name); }
