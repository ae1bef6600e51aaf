function read() { return q; }
try { read(); } catch (e) { println(e.name); }
let q = 'ready';
println(read());
