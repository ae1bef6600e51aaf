try { const n = null; n.x = 1; } catch (e) { println(e.name); }
