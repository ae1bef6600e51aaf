try { let z = z + 1; } catch (e) { println(e.name); }
