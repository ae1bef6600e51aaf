var wm = new WeakMap();
println(wm.get(1), wm.get('a'), wm.get(null), wm.get(), wm.has(1), wm.delete('x'));
