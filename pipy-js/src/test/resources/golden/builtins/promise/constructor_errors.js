try { Promise(function () {}); } catch (e) { println(e.constructor.name); }
try { new Promise(); } catch (e) { println(e.constructor.name); }
new Promise(42);
