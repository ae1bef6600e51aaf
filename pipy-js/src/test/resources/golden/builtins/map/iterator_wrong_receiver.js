var it = new Map().keys();
var setIt = new Set().values();
try { it.next.call({}); } catch (e) { println(e.constructor.name); }
it.next.call(setIt);
