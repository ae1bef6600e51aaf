const {} = {};
const [] = [];
println('ok');
try { const {} = null; } catch (e) { println(e.name); }
