function inner() { throw new Error('deep'); }
function outer() { inner(); }
try { outer(); } catch (e) { println(typeof e.stack, e.stack.split('\n')[0]); }
