try { WeakMap.prototype.get.call(new Map(), {}); } catch (e) { println(e.constructor.name); }
WeakMap.prototype.set.call(new WeakSet(), {}, 1);
