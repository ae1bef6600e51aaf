println([1, 'a', null, undefined].toLocaleString(), [].toLocaleString());
println([{toLocaleString() { return 'L'; }}, {toLocaleString() { return 'M'; }}].toLocaleString());
try { [{toLocaleString: 1}].toLocaleString(); } catch (e) { println(e.name); }
