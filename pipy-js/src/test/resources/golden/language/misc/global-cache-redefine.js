var gv = 1;
function readG() { return typeof gv2 === 'undefined' ? 'none' : gv2; }
println(readG());
globalThis.gv2 = 'now';
println(readG());
