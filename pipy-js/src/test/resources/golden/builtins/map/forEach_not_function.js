var m = new Map([[1, 1]]);
try { m.forEach(); } catch (e) { println(e.constructor.name); }
m.forEach('nope');
