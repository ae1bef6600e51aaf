const e = new Error('with stack');
println(typeof e.stack, e.stack.split('\n')[0]);
function thrower() { throw new RangeError('deep'); }
try { thrower(); } catch (err) { println(err.stack.split('\n')[0], err.stack.includes('thrower')); }
