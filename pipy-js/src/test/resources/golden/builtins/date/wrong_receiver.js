var names = ['getTime', 'getFullYear', 'setTime', 'setHours', 'toISOString', 'toString', 'valueOf', 'toUTCString', 'toLocaleString'];
names.forEach(function (n) {
  try { Date.prototype[n].call({}); println(n, 'ok'); } catch (e) { println(n, e.name); }
});
Date.prototype.getTime.call(Date.prototype);
