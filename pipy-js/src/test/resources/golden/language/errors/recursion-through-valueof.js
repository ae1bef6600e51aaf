const o = { valueOf() { return this * 2; } };
try { o + 1; } catch (e) { println(e.name); }
