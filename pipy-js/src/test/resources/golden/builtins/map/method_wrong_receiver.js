var names = ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries'];
names.forEach(function (n) {
  try { Map.prototype[n].call({}, function () {}); println(n, 'no error'); } catch (e) { println(n, e.constructor.name); }
});
Map.prototype.get.call(new WeakMap(), 1);
