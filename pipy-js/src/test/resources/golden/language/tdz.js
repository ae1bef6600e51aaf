try { x; } catch (e) { println(e.name + ': ' + e.message); }
let x = 1;
println(x);
const c = 2;
try { c = 3; } catch (e) { println(e.name); }
function f() { return y; }
try { f(); } catch (e) { println(e.constructor === ReferenceError); }
let y = 'late';
println(f());
