const o = {length: 2 ** 53 - 1};
try { Array.prototype.push.call(o, 1); } catch (e) { println(e.name); }
println(Array.prototype.push.call({length: 2 ** 53 - 2}, 'x'));
