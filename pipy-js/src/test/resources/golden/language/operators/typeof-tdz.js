try { typeof t; let t = 1; } catch (e) { println(e.name); }
