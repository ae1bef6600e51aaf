function f() { try { return 1; } finally { throw new Error('from finally'); } }
try { f(); } catch (e) { println(e.message); }
