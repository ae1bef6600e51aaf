try { nope; } catch (e) { println(e.name + ': ' + e.message); }
