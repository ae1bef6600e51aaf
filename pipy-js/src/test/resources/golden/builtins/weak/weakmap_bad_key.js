var wm = new WeakMap();
['str', 1, true, null, undefined].forEach(function (k) {
  try { wm.set(k, 1); println('ok'); } catch (e) { println(e.constructor.name); }
});
wm.set(42, 'x');
