var wm = new WeakMap();
println(typeof wm.forEach, typeof wm.keys, typeof wm.size, wm[Symbol.iterator]);
println(Object.prototype.toString.call(wm));
println(Object.getOwnPropertyNames(WeakMap.prototype).sort().join(','));
