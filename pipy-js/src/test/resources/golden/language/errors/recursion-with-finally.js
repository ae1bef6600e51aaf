let finallies = 0;
function f() { try { f(); } finally { finallies++; } }
try { f(); } catch (e) { println(e.name, finallies > 0); }
