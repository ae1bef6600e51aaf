function f() { try { throw new Error('original'); } finally { throw new Error('replacement'); } }
try { f(); } catch (e) { println(e.message); }
