try { missingVariable; } catch (e) { println(e.name, e.message); }
